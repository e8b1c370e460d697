/**
 * The Lambda: {@link dev.ddbchanges.converter.FirehoseTransformationHandler}, whose name is the function's handler
 * string, SnapStart priming and the per-batch metrics line. Layers below, each calling only the ones after it:
 * {@code firehose} (the request and the response), {@code record} (one change record to one line) and {@code json}
 * (Jackson's factories, reusable buffers and the fast paths' byte cursor). Each fast path is package-private beside
 * the Jackson reference its tests hold it to.
 */
package dev.ddbchanges.converter;
