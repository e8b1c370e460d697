/**
 * One Firehose transformation invocation without the Lambda types: the request read (directly when it has the common
 * shape, else with Jackson), every record converted, and a response that answers every recordId within the size limit.
 * Public: {@link dev.ddbchanges.converter.firehose.FirehoseBatchTransformer}, the report it returns, and the exception
 * for a request that is not a Firehose event at all.
 */
package dev.ddbchanges.converter.firehose;
