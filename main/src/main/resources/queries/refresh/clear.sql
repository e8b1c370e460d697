-- Empties the current state before a rebuild merges all of history into it; readers see an empty or partial table
-- until that merge commits.
DELETE FROM {{current_state_table}}
