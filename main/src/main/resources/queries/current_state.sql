-- Current state: each key's latest version, read from the table current_state that the scheduled refresh keeps (one
-- row per key, so the scan stays the size of the table, not of the history). A key whose latest change removed it
-- keeps a row there (its tombstone) and is not listed. current-state-full answers the same from every change.
SELECT pk, event_time, new_image
FROM {{current_state_table}}
WHERE event_name <> 'REMOVE'
ORDER BY pk
