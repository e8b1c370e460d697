package dev.ddbchanges.converter.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** A Firehose transformation request of DynamoDB change records, about {@code batchBytes} of record data. */
record Workload(String name, byte[] request, int records, long dataBytes) {
    /** Small: a key and two short attributes, about as small as a change record gets with its envelope. */
    static final List<Workload> STEADY = List.of(
            of("1 MB, small records", 1 << 20, 20),
            of("3 MB, small records", 3 << 20, 20),
            of("1 MB, ~50 KB records", 1 << 20, 50_000),
            of("3 MB, ~50 KB records", 3 << 20, 50_000));

    /** A new environment's first batches: Firehose's default 1 MB buffer, of both record sizes. */
    static final List<Workload> COLD = List.of(STEADY.get(0), STEADY.get(2));

    static Workload of(String name, int batchBytes, int attributeBytes) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(batchBytes * 2);
        write(
                json,
                "{\"invocationId\":\"bench\",\"deliveryStreamArn\":\"arn:aws:firehose:eu-central-1:123456789012:"
                        + "deliverystream/ddb-changes-dev-delivery\",\"region\":\"eu-central-1\",\"records\":[");
        String padding = "x".repeat(attributeBytes);
        long data = 0;
        int records = 0;
        long micros = 1_764_111_600_000_000L;
        while (data < batchBytes) {
            String change = "{\"awsRegion\":\"eu-central-1\",\"eventID\":\"e" + records + "\",\"eventName\":\"MODIFY\","
                    + "\"userIdentity\":null,\"recordFormat\":\"application/json\","
                    + "\"tableName\":\"ddb-changes-dev-table\","
                    + "\"dynamodb\":{\"ApproximateCreationDateTime\":" + (micros + records)
                    + ",\"Keys\":{\"pk\":{\"S\":\"k"
                    + records + "\"}},\"NewImage\":{\"pk\":{\"S\":\"k" + records + "\"},\"n\":{\"N\":\"" + records
                    + "\"},\"s\":{\"S\":\"" + padding + "\"}},\"SizeBytes\":" + (attributeBytes + 40)
                    + "},\"eventSource\":\"aws:dynamodb\"}";
            byte[] bytes = change.getBytes(StandardCharsets.UTF_8);
            write(
                    json,
                    (records == 0 ? "" : ",") + "{\"recordId\":\"" + records + "\",\"approximateArrivalTimestamp\":"
                            + "1764111600000,\"data\":\"" + Base64.getEncoder().encodeToString(bytes) + "\","
                            + "\"kinesisRecordMetadata\":{\"shardId\":\"shardId-000000000000\",\"partitionKey\":\"k"
                            + records
                            + "\",\"approximateArrivalTimestamp\":1764111600000,\"sequenceNumber\":\"4959" + records
                            + "\",\"subsequenceNumber\":0}}");
            data += bytes.length;
            records++;
        }
        write(json, "]}");
        return new Workload(name, json.toByteArray(), records, data);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
