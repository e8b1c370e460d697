package dev.ddbchanges.app.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An IAM policy as the JSON string Terraform expects, written with Jackson rather than by hand. */
public final class PolicyDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyDocument() {}

    public static String of(PolicyStatement... statements) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statements));
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy of strings and lists always serializes", e);
        }
    }
}
