package dk.trekant.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Descriptions of schemas, properties, enum values and tags from {@code openapi/descriptions.yaml},
 * applied to a generated document; and the portable patterns that replace the validation's Java
 * patterns (e.g. {@code \p{Alnum}}, which other languages' validators do not know).
 */
final class SchemaDocumentation {

    static final String RESOURCE = "openapi/descriptions.yaml";

    private final Map<String, Object> tags;
    private final Map<String, Object> schemas;

    private SchemaDocumentation(Map<String, Object> tags, Map<String, Object> schemas) {
        this.tags = tags;
        this.schemas = schemas;
    }

    static SchemaDocumentation load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            return new SchemaDocumentation(map(root.get("tags")), map(root.get("schemas")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The schema descriptions known for {@code name}, for schemas the document adds itself (e.g. Problem). */
    Map<String, Object> schema(String name) {
        return map(schemas.get(name));
    }

    void apply(OpenAPI openApi) {
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> {
                Object description = tags.get(tag.getName());
                if (description != null) {
                    tag.setDescription(description.toString());
                }
            });
        }
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().forEach((name, schema) -> describe(schema, map(schemas.get(name))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void describe(Schema schema, Map<String, Object> doc) {
        if (doc.isEmpty()) {
            return;
        }
        String description = (String) doc.get("description");
        Map<String, Object> values = map(doc.get("values"));
        if (schema.getEnum() != null && !values.isEmpty()) {
            StringBuilder text = new StringBuilder(description == null ? "" : description).append("\n");
            List<String> perValue = new ArrayList<>();
            for (Object value : schema.getEnum()) {
                Object meaning = values.get(String.valueOf(value));
                text.append("\n* `").append(value).append("`: ").append(meaning == null ? "" : meaning);
                perValue.add(meaning == null ? "" : meaning.toString());
            }
            description = text.toString();
            schema.addExtension("x-enum-descriptions", perValue);
        }
        if (description != null) {
            schema.setDescription(description);
        }
        Map<String, Object> properties = map(doc.get("properties"));
        if (schema.getProperties() == null) {
            return;
        }
        ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
            Object entry = properties.get(name);
            if (entry instanceof Map<?, ?> detail) {
                property.setDescription((String) detail.get("description"));
                Object pattern = detail.get("pattern");
                if ("none".equals(pattern)) {
                    property.setPattern(null);
                } else if (pattern != null) {
                    property.setPattern(pattern.toString());
                }
                if (detail.get("minLength") instanceof Integer min) {
                    property.setMinLength(min);
                }
            } else if (entry != null) {
                // Also beside a $ref: OpenAPI 3.1 allows a reference's own description.
                property.setDescription(entry.toString());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }
}
