package dk.trekant.targeted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import dk.trekant.support.Http;

/** What Tasklist does for a staff member, through engine-rest: claim a task, submit its Camunda Form. */
public final class StaffTasks {

    private final Http http;

    public StaffTasks(int port) {
        this.http = new Http(port);
    }

    public static String form(Map<String, Object> variables) {
        return "{\"variables\":{" + variables.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":{\"value\":" + json(entry.getValue()) + "}")
                .collect(Collectors.joining(",")) + "}}";
    }

    private static String json(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
    }

    public void claim(String taskId, String user) {
        HttpResponse<String> claimed = http.postJson("/engine-rest/task/" + taskId + "/claim", Http.basic(user, user),
                "{\"userId\":\"" + user + "\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    }

    public HttpResponse<String> submit(String taskId, String user, Map<String, Object> variables) {
        return http.postJson("/engine-rest/task/" + taskId + "/submit-form", Http.basic(user, user), form(variables));
    }

    public void complete(String taskId, String user, Map<String, Object> variables) {
        HttpResponse<String> done = submit(taskId, user, variables);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    public HttpResponse<String> startForm(String processKey, String user, Map<String, Object> variables) {
        return http.postJson("/engine-rest/process-definition/key/" + processKey + "/submit-form", Http.basic(user, user),
                form(variables));
    }
}
