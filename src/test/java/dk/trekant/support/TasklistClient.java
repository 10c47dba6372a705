package dk.trekant.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What Tasklist does through engine-rest, as one staff member: list a case's tasks, claim and complete one. */
public final class TasklistClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final ManagementService managementService;

    public TasklistClient(Http http, ManagementService managementService) {
        this.http = http;
        this.managementService = managementService;
    }

    /** The answer's JSON; fails unless the answer is 2xx. */
    public static JsonNode read(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    /** The tasks of a case (business key) that this user may see, after the pending async continuations ran. */
    public List<JsonNode> tasks(String user, String caseNumber) throws Exception {
        Jobs.runAsyncContinuations(managementService);
        List<JsonNode> tasks = new ArrayList<>();
        read(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber, user)).forEach(tasks::add);
        return tasks;
    }

    public JsonNode singleTask(String user, String caseNumber, String taskKey) throws Exception {
        List<JsonNode> matching = tasks(user, caseNumber).stream()
                .filter(task -> task.get("taskDefinitionKey").asText().equals(taskKey)).toList();
        assertThat(matching).as(taskKey).hasSize(1);
        return matching.get(0);
    }

    /** Claims the task and completes it with engine-rest variables ({@code {"name":{"value":...}}}). */
    /** Claims the task and submits its Camunda Form, as Tasklist does ({@code submit-form}: task-local fields stay local). */
    public HttpResponse<String> submitForm(String user, JsonNode task, String userId, String variables) {
        String id = task.get("id").asText();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + userId + "\"}").statusCode())
                .isEqualTo(204);
        return http.postJson("/engine-rest/task/" + id + "/submit-form", user, "{\"variables\":" + variables + "}");
    }

    public void complete(String user, JsonNode task, String userId, String variables) {
        String id = task.get("id").asText();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + userId + "\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> done = http.postJson("/engine-rest/task/" + id + "/complete", user,
                "{\"variables\":" + variables + "}");
        assertThat(done.statusCode()).as(done.body()).isBetween(200, 204);
    }
}
