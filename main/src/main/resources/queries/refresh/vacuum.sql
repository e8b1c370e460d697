-- Expires the snapshots older than the table's vacuum_max_snapshot_age_seconds and deletes the files no remaining
-- snapshot needs, so the table's storage stays the size of its current rows.
VACUUM {{current_state_table}}
