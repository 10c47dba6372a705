package dk.trekant.targeted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;
import dk.trekant.targeted.meeting.JointMeetingService;

/** Leaders configure the schools that hold joint prevention meetings; bad input names the field and stores nothing. */
@TrekantTest
class SchoolApiTest {

    static final String PATH = "/api/staff/schools";
    static final String LEDER = Http.basic("leder", "leder");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JointMeetingService meetings;

    final ObjectMapper json = new ObjectMapper();

    static String school(String code, String day, boolean active) {
        return """
                {"code":"%s","name":"Nyskolen","club":"Klub Ny","socialWorker":"Anna Fremskudt","meetingDay":"%s",
                 "meetingTime":"13:30","active":%s}""".formatted(code, day, active);
    }

    HttpResponse<String> put(String path, String authorization, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .header("Authorization", authorization).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    long schools() {
        return jdbc.queryForObject("select count(*) from trekant_school", Long.class);
    }

    @Test
    void aLeaderAddsAndChangesASchoolAndAnInactiveSchoolGetsNoMeetings() throws Exception {
        Http http = new Http(port);
        String code = "N" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> added = http.postJson(PATH, LEDER, school(code, "MONDAY", true));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).get("meetingTime").asText()).isEqualTo("13:30");
        assertThat(http.postJson(PATH, LEDER, school(code, "MONDAY", true)).statusCode()).as("the code is taken").isEqualTo(409);

        JsonNode list = json.readTree(http.get(PATH, Http.basic("forebygger", "forebygger")).body());
        assertThat(list.findValuesAsText("code")).contains(code, "BORG", "PARK", "TORS");

        HttpResponse<String> changed = http.post(PATH + "/" + code, LEDER, "application/json", "") ;
        assertThat(changed.statusCode()).as("PUT, not POST").isIn(404, 405);
        HttpResponse<String> put = put(PATH + "/" + code, LEDER, school(code, "THURSDAY", false));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json.readTree(put.body()).get("active").asBoolean()).isFalse();
        assertThat(meetings.planMeetings(LocalDate.of(2027, 3, 1))).noneMatch(key -> key.contains(code));
    }

    @Test
    void badSchoolSettingsNameTheFieldAndStoreNothing() throws Exception {
        Http http = new Http(port);
        long before = schools();
        Map<String, String> cases = Map.of(
                "meetingDay", school("OK-1", "SATURDAY", true),
                "code", school("has space", "MONDAY", true),
                "meetingTime", school("OK-2", "MONDAY", true).replace("13:30", "halv to"),
                "name", school("OK-3", "MONDAY", true).replace("\"Nyskolen\"", "\"\""),
                "club", school("OK-4", "MONDAY", true).replace("Klub Ny", "Klub\\u0000"));
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            HttpResponse<String> answer = http.postJson(PATH, LEDER, entry.getValue());
            assertThat(answer.statusCode()).as(entry.getKey() + ": " + answer.body()).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("errors").findValuesAsText("field")).contains(entry.getKey());
        }
        HttpResponse<String> mismatch = put(PATH + "/BORG", LEDER, school("PARK", "MONDAY", true));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(put(PATH + "/NOPE", LEDER, school("NOPE", "MONDAY", true)).statusCode()).isEqualTo(404);
        assertThat(http.postJson(PATH, Http.basic("forebygger", "forebygger"), school("OK-5", "MONDAY", true)).statusCode()).isEqualTo(403);
        assertThat(schools()).isEqualTo(before);
    }
}
