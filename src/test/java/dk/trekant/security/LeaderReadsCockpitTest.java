package dk.trekant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * Leaders read in Cockpit; they do not change process variables: the engine refuses their edits and
 * deletions (no UPDATE / UPDATE_VARIABLE on process instances for group leder), administrators may,
 * and the authorization check that Cockpit's read-only script asks answers accordingly.
 */
@TrekantTest
class LeaderReadsCockpitTest {

    private static final String LEADER = Http.basic("leder", "leder");
    private static final String ADMIN = Http.basic("admin", "admin");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void leadersReadVariablesButCannotChangeOrDeleteThemAndAdministratorsCan() throws Exception {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("youthCase").active()
                .listPage(0, 1).get(0);
        runtimeService.setVariable(instance.getId(), "leaderTestNote", "før");
        String variable = "/engine-rest/process-instance/" + instance.getId() + "/variables/leaderTestNote";
        Http http = new Http(port);

        assertThat(http.get("/engine-rest/process-instance/" + instance.getId() + "/variables", LEADER).statusCode())
                .as("leaders read the variables").isEqualTo(200);

        HttpResponse<String> edit = http.putJson(variable, LEADER, "{\"value\": \"ændret af leder\", \"type\": \"String\"}");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(403);
        HttpResponse<String> delete = http.delete(variable, LEADER);
        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(403);
        assertThat(runtimeService.getVariable(instance.getId(), "leaderTestNote")).as("nothing changed").isEqualTo("før");

        assertThat(http.putJson(variable, ADMIN, "{\"value\": \"ændret af admin\", \"type\": \"String\"}").statusCode())
                .isEqualTo(204);
        assertThat(runtimeService.getVariable(instance.getId(), "leaderTestNote")).isEqualTo("ændret af admin");
        assertThat(http.delete(variable, ADMIN).statusCode()).isEqualTo(204);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("leaderTestNote");
    }

    @Test
    void theAuthorizationCheckCockpitAsksSaysLeadersMayNotEditVariables() throws Exception {
        Http http = new Http(port);
        for (String permission : new String[] {"UPDATE_VARIABLE&resourceName=ProcessInstance&resourceType=8",
                "UPDATE&resourceName=ProcessInstance&resourceType=8",
                "UPDATE_INSTANCE_VARIABLE&resourceName=ProcessDefinition&resourceType=6",
                "UPDATE_INSTANCE&resourceName=ProcessDefinition&resourceType=6"}) {
            String check = "/engine-rest/authorization/check?resourceId=*&permissionName=" + permission;
            assertThat(authorized(http.get(check, LEADER))).as("leder " + permission).isFalse();
            assertThat(authorized(http.get(check, ADMIN))).as("admin " + permission).isTrue();
        }
    }

    private boolean authorized(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        return body.path("authorized").asBoolean();
    }
}
