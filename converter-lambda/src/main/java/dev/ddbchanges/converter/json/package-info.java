/**
 * What both layers above read and write JSON with: Jackson's factories, duplicate-name detection, a reusable
 * generator and buffer, raw string copies, base64 from byte spans, and
 * {@link dev.ddbchanges.converter.json.JsonCursor}, the byte scanner both fast paths hold. Knows nothing of Firehose
 * or DynamoDB.
 */
package dev.ddbchanges.converter.json;
