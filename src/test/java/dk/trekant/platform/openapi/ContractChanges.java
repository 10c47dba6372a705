package dk.trekant.platform.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The changes from a published OpenAPI document to a new one that break a client of the published
 * one: an operation, its operationId, a success status, a parameter, a schema, a property or an enum
 * value removed or renamed, a type changed, or a field or parameter newly required. Additions (new
 * operations, schemas, optional fields, enum values) are not breaking; descriptions and examples
 * are not compared.
 */
final class ContractChanges {

    private ContractChanges() {
    }

    static List<String> breaking(JsonNode published, JsonNode current) {
        List<String> breaks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : published.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode now = current.path("paths").path(path.getKey()).path(method.getKey());
                if (now.isMissingNode()) {
                    breaks.add(where + ": operation removed");
                    continue;
                }
                operation(where, method.getValue(), now, breaks);
            }
        }
        JsonNode schemas = current.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> schema : published.path("components").path("schemas").properties()) {
            JsonNode now = schemas.path(schema.getKey());
            if (now.isMissingNode()) {
                breaks.add("schema " + schema.getKey() + ": removed or renamed");
            } else {
                schema("schema " + schema.getKey(), schema.getValue(), now, breaks);
            }
        }
        return breaks;
    }

    private static void operation(String where, JsonNode old, JsonNode now, List<String> breaks) {
        if (!Objects.equals(old.path("operationId").asText(), now.path("operationId").asText())) {
            breaks.add(where + ": operationId " + old.path("operationId").asText() + " became " + now.path("operationId").asText());
        }
        for (Map.Entry<String, JsonNode> response : old.path("responses").properties()) {
            if (response.getKey().startsWith("2") && now.path("responses").path(response.getKey()).isMissingNode()) {
                breaks.add(where + ": response " + response.getKey() + " removed");
            } else if (response.getKey().startsWith("2")) {
                JsonNode oldBody = response.getValue().path("content").path("application/json").path("schema");
                JsonNode newBody = now.path("responses").path(response.getKey()).path("content").path("application/json").path("schema");
                if (!type(oldBody).equals(type(newBody))) {
                    breaks.add(where + ": response " + response.getKey() + " is " + type(newBody) + ", was " + type(oldBody));
                }
            }
        }
        Set<String> oldParameters = new HashSet<>();
        for (JsonNode parameter : old.path("parameters")) {
            String name = parameter.path("in").asText() + " " + parameter.path("name").asText();
            oldParameters.add(name);
            boolean kept = false;
            for (JsonNode candidate : now.path("parameters")) {
                kept |= name.equals(candidate.path("in").asText() + " " + candidate.path("name").asText());
            }
            if (!kept) {
                breaks.add(where + ": parameter " + name + " removed or renamed");
            }
        }
        for (JsonNode parameter : now.path("parameters")) {
            String name = parameter.path("in").asText() + " " + parameter.path("name").asText();
            if (!oldParameters.contains(name) && parameter.path("required").asBoolean()) {
                breaks.add(where + ": new required parameter " + name);
            }
        }
        JsonNode oldBody = old.path("requestBody").path("content").path("application/json").path("schema");
        JsonNode newBody = now.path("requestBody").path("content").path("application/json").path("schema");
        if (!type(oldBody).equals(type(newBody))) {
            breaks.add(where + ": request body is " + type(newBody) + ", was " + type(oldBody));
        }
        if (!old.path("requestBody").path("required").asBoolean() && now.path("requestBody").path("required").asBoolean()) {
            breaks.add(where + ": request body became required");
        }
    }

    private static void schema(String where, JsonNode old, JsonNode now, List<String> breaks) {
        if (!type(old).equals(type(now))) {
            breaks.add(where + ": is " + type(now) + ", was " + type(old));
        }
        Set<String> values = new HashSet<>();
        now.path("enum").forEach(value -> values.add(value.asText()));
        old.path("enum").forEach(value -> {
            if (!values.contains(value.asText())) {
                breaks.add(where + ": enum value " + value.asText() + " removed or renamed");
            }
        });
        for (Map.Entry<String, JsonNode> property : old.path("properties").properties()) {
            JsonNode newProperty = now.path("properties").path(property.getKey());
            if (newProperty.isMissingNode()) {
                breaks.add(where + ": field " + property.getKey() + " removed or renamed");
            } else if (!type(property.getValue()).equals(type(newProperty))) {
                breaks.add(where + ": field " + property.getKey() + " is " + type(newProperty) + ", was " + type(property.getValue()));
            }
        }
        Set<String> required = new HashSet<>();
        old.path("required").forEach(name -> required.add(name.asText()));
        now.path("required").forEach(name -> {
            if (!required.contains(name.asText())) {
                breaks.add(where + ": field " + name.asText() + " became required");
            }
        });
    }

    /** A schema's type as a client sees it: its $ref, or its type and format (and its items' for an array). */
    static String type(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return "none";
        }
        if (schema.has("$ref")) {
            return schema.path("$ref").asText();
        }
        String type = schema.path("type").toString() + (schema.has("format") ? " " + schema.path("format").asText() : "");
        return schema.has("items") ? type + " of " + type(schema.path("items")) : type;
    }
}
