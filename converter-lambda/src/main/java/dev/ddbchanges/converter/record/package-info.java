/**
 * One DynamoDB change record to one line: directly from its bytes when it has the common shape, else with Jackson,
 * which also words every failure. Public: {@link dev.ddbchanges.converter.record.ChangeRecordConverter}, its result,
 * the failure reasons and the Kinesis metadata a line carries.
 */
package dev.ddbchanges.converter.record;
