package dk.trekant.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Makes a generated document the published contract: each operation's operationId and every status
 * it answers (problems as application/problem+json with the typed {@code Problem} schema), typed
 * bodies where the controller's signature does not tell them, descriptions, portable patterns and
 * request examples.
 */
final class ContractCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final SchemaDocumentation documentation;
    private final RequestExamples examples;

    ContractCustomizer(SchemaDocumentation documentation, RequestExamples examples) {
        this.documentation = documentation;
        this.examples = examples;
    }

    void apply(OpenAPI openApi) {
        addProblemSchemas(openApi);
        typeTheBatchItems(openApi);
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                ApiContract.find(method.name(), path).ifPresent(contract -> apply(contract, operation))));
        documentation.apply(openApi);
    }

    private void apply(ApiContract.Operation contract, Operation operation) {
        operation.setOperationId(contract.operationId());
        if (operation.getDescription() == null) {
            operation.setDescription(ApiContract.DESCRIPTIONS.get(contract.operationId()));
        }
        ApiResponse springdocSuccess = operation.getResponses() == null ? null
                : operation.getResponses().values().stream().filter(r -> r.getContent() != null).findFirst().orElse(null);
        Schema<?> successSchema = contract.success() != null
                ? new Schema<>().$ref("#/components/schemas/" + contract.success())
                : springdocSuccess == null ? null : springdocSuccess.getContent().values().iterator().next().getSchema();
        boolean idempotentCreate = contract.statuses().contains(201) && contract.statuses().contains(200);
        ApiResponses responses = new ApiResponses();
        for (int status : contract.statuses()) {
            ApiResponse response = new ApiResponse().description(describe(contract, status, idempotentCreate));
            if (status < 300) {
                if (successSchema != null) {
                    response.content(new Content().addMediaType(JSON, new MediaType().schema(successSchema)));
                }
                if (status == 201) {
                    response.addHeaderObject("Location", new Header()
                            .description("The URL of what was created; read its status there.")
                            .schema(new Schema<String>().type("string").types(Set.of("string"))));
                }
            } else {
                response.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
            }
            responses.addApiResponse(String.valueOf(status), response);
        }
        operation.setResponses(responses);
        if (operation.getParameters() != null) {
            // The release notice's reference in the path: the one the example notice carries.
            operation.getParameters().stream().filter(parameter -> "reference".equals(parameter.getName()))
                    .forEach(parameter -> parameter.setExample(RequestExamples.REFERENCE));
        }
        Object example = examples.forOperation(contract.operationId());
        if (example != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
        }
    }

    private static String describe(ApiContract.Operation contract, int status, boolean idempotentCreate) {
        String specific = ApiContract.STATUS_DESCRIPTIONS.get(contract.operationId() + " " + status);
        if (specific != null) {
            return specific;
        }
        return switch (status) {
            case 200 -> idempotentCreate
                    ? "The same reference was sent before: the receipt of the first request, unchanged. Nothing new is stored."
                    : "Success.";
            case 201 -> "Received and stored: the receipt. `Location` names where to read its status.";
            case 400 -> "The request is invalid: the fields are named in `errors[].field`. Nothing is stored.";
            case 401 -> "No valid credentials: the token (or the staff user's Basic credentials) is missing, unknown or revoked.";
            case 403 -> "Not admitted: your kind of partner (or your staff group) may not use this operation.";
            case 404 -> "No such resource of yours. Another partner's id answers 404 as well.";
            case 409 -> "A request with the same unique key was stored at the same moment. Retry: you get its result.";
            case 413 -> "The request is too large.";
            case 415 -> "The body is not `application/json`.";
            default -> "Status " + status + ".";
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void addProblemSchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            openApi.getComponents().setSchemas(new LinkedHashMap<>());
            schemas = openApi.getComponents().getSchemas();
        }
        if (!schemas.containsKey("FieldError")) {
            schemas.put("FieldError", object()
                    .addProperty("field", string())
                    .addProperty("message", string()));
        }
        schemas.get("FieldError").setRequired(List.of("field", "message"));
        Schema problem = object()
                .addProperty("type", string().format("uri-reference"))
                .addProperty("title", string())
                .addProperty("status", new Schema<Integer>().type("integer").types(Set.of("integer")).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string().format("uri-reference"))
                .addProperty("errors", array("#/components/schemas/FieldError"));
        problem.setRequired(List.of("title", "status"));
        schemas.put("Problem", problem);
        SchemaDocumentation.describe(problem, documentation.schema("Problem"));
    }

    /** The weekly list's items are read one by one (each may be rejected alone), but each is a §115 notification. */
    @SuppressWarnings("rawtypes")
    private static void typeTheBatchItems(OpenAPI openApi) {
        Schema batch = openApi.getComponents().getSchemas() == null ? null : openApi.getComponents().getSchemas().get("Batch");
        if (batch != null && batch.getProperties() != null && batch.getProperties().containsKey("items")) {
            Schema items = array("#/components/schemas/Section115Notification");
            items.setMaxItems(5000);
            batch.getProperties().put("items", items);
            openApi.getComponents().getSchemas().remove("JsonNode");
        }
    }

    private static Schema<Object> object() {
        return new Schema<>().type("object").types(Set.of("object"));
    }

    private static Schema<String> string() {
        return new Schema<String>().type("string").types(Set.of("string"));
    }

    private static Schema<?> array(String itemRef) {
        ArraySchema array = new ArraySchema();
        array.types(Set.of("array"));
        array.setItems(new Schema<>().$ref(itemRef));
        return array;
    }
}
