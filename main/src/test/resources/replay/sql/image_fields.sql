-- Image fields read the way README teaches, in Athena's spelling: names that differ only in case, names with a space,
-- a dot or non-Latin letters, a field that is a number in one item and a string in another, an object (NULL: not a
-- scalar) and an element of a list of mixed types.
SELECT pk, event_name,
       json_extract_scalar(new_image, '$.Status') AS status_upper,
       json_extract_scalar(new_image, '$.status') AS status_lower,
       json_extract_scalar(new_image, '$["first name"]') AS first_name,
       json_extract_scalar(new_image, '$["a.b"]') AS dotted,
       json_extract_scalar(new_image, '$["名前"]') AS name_ja,
       json_extract_scalar(new_image, '$.amount') AS amount,
       json_extract_scalar(new_image, '$.deep') AS deep_object,
       json_extract_scalar(new_image, '$.deep.level1.level2.level3.level4.level5.level6.level7.level8') AS deepest,
       json_extract_scalar(new_image, '$.mixed[2]') AS third_of_mixed,
       json_extract_scalar(new_image, '$.empty_list[0]') AS nothing,
       json_extract_scalar(old_image, '$.Status') AS old_status_upper
FROM {{table}}
ORDER BY event_time_us
