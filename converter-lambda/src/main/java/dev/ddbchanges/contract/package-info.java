/**
 * The values both modules must agree on: the table's key, the columns the converter writes, the partition layout
 * Firehose files objects under, and the converter's metrics. The app ({@code main}) builds resources from these, the
 * converter writes data by them; defining each once is what keeps a table, a prefix or an alarm from drifting away
 * from what the converter actually does.
 */
package dev.ddbchanges.contract;
