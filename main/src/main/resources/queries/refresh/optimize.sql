-- Compaction: each merge writes small data files and delete files; reading them all gets slower and dearer with every
-- refresh. Rewrites them into files near the target size, merging the deletes in.
OPTIMIZE {{current_state_table}} REWRITE DATA USING BIN_PACK
