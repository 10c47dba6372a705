package dk.trekant.individual.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.platform.documents.PdfDocumentsTest;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;


/**
 * The staff case API on the demo cases: Oliver Jensen's case (two police notifications, assessment
 * by the coordinators), Noah Møller's (assessed: parent dialogue, the preventers' task) and Ida
 * Poulsen's (assessed: handover, the social workers' receipt and the underretning).
 */
@TrekantTest
class StaffCaseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService historyService;
    @Autowired
    org.camunda.bpm.engine.FilterService filterService;

    final ObjectMapper json = new ObjectMapper();

    String caseOf(String reference) {
        return jdbc.queryForObject("""
                select c.case_number from trekant_youth_case c join trekant_incident i on i.case_id = c.id
                where i.partner_reference = ?""", String.class, reference);
    }

    String taskOf(String caseNumber, String key) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key)
                .list().get(0).getId();
    }

    List<Map<String, Object>> auditOf(String actor, String caseNumber) {
        return jdbc.queryForList("select actor, action, subject, subject_id, case_number, purpose, occurred_at "
                + "from trekant_audit_event where actor = ? and case_number = ? and action = 'READ' and subject = 'CASE'",
                actor, caseNumber);
    }

    @Test
    void theCoordinatorReadsTheCaseOfTheirAssessmentWithEveryIncidentAndTheReadIsAudited() throws Exception {
        String caseNumber = caseOf("DEMO-115-0001");
        String task = taskOf(caseNumber, "assessCase");
        HttpResponse<String> response = new Http(port).get("/api/staff/tasks/" + task + "/case", Http.basic("koordinator", "koordinator"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = json.readTree(response.body());
        assertThat(view.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(view.get("kind").asText()).isEqualTo("Ungesag");
        assertThat(view.at("/person/name").asText()).isEqualTo("Oliver Jensen");
        assertThat(view.at("/person/school").asText()).isEqualTo("Borgerskolen");
        assertThat(view.at("/person/dateOfBirth").asText()).isEqualTo("2011-03-12");
        assertThat(view.at("/person/cprRegistered").asBoolean()).isTrue();
        assertThat(view.get("incidents")).hasSizeGreaterThanOrEqualTo(2);
        List<String> places = view.get("incidents").findValuesAsText("place");
        assertThat(places).contains("Taastrup Station", "Taastrup Hovedgade");
        JsonNode station = view.get("incidents").get(places.indexOf("Taastrup Station"));
        assertThat(station.get("source").asText()).isEqualTo("§115-underretning fra politiet");
        assertThat(station.get("category").asText()).isEqualTo("Vold");
        assertThat(station.get("role").asText()).isEqualTo("Mistænkt");
        assertThat(view.get("cases").get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(view.get("cases").get(0).get("current").asBoolean()).isTrue();
        assertThat(view.get("cases").get(0).get("status").asText()).isEqualTo("Åben");
        assertThat(response.body()).doesNotContain("120311-4101", "1203114101");

        List<Map<String, Object>> audit = auditOf("koordinator", caseNumber);
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.get("purpose").toString()).contains("Sagen læst fra opgave " + task);
            assertThat(entry.get("occurred_at")).isNotNull();
        });
    }

    @Test
    void aGroupThatNeverHadATaskInTheCaseIsRefusedAndLeadersReadEveryCase() throws Exception {
        String caseNumber = caseOf("DEMO-115-0001");
        Http http = new Http(port);
        for (String user : List.of("forebygger", "socialraadgiver", "konsulent", "admin")) {
            HttpResponse<String> refused = http.get("/api/staff/cases/" + caseNumber, Http.basic(user, user));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(refused.body()).doesNotContain("Oliver");
            assertThat(auditOf(user, caseNumber)).as(user).isEmpty();
        }
        HttpResponse<String> leader = http.get("/api/staff/cases/" + caseNumber, Http.basic("leder", "leder"));
        assertThat(leader.statusCode()).isEqualTo(200);
        assertThat(auditOf("leder", caseNumber)).anySatisfy(entry ->
                assertThat(entry.get("purpose").toString()).contains("Sagen læst (sagsopslag)"));
        assertThat(http.get("/api/staff/cases/KPT-1999-99999", Http.basic("leder", "leder")).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/staff/cases/" + caseNumber, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theGroupOfAnEarlierTaskStillReadsTheCaseButNotWithAnotherCasesTask() throws Exception {
        // Noah's case: the coordinators assessed it (done), the preventers plan the dialogue now
        String noah = caseOf("DEMO-115-0002");
        Http http = new Http(port);
        assertThat(http.get("/api/staff/cases/" + noah, Http.basic("koordinator", "koordinator")).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/staff/cases/" + noah, Http.basic("forebygger", "forebygger")).statusCode()).isEqualTo(200);
        String otherTask = taskOf(caseOf("DEMO-115-0001"), "assessCase");
        HttpResponse<String> mismatch = http.get("/api/staff/cases/" + noah + "?taskId=" + otherTask,
                Http.basic("koordinator", "koordinator"));
        assertThat(mismatch.statusCode()).isEqualTo(404);
        assertThat(mismatch.body()).contains("taskId");
    }

    @Test
    void theSocialWorkerOpensTheUnderretningFromTheirReceiptTask() throws Exception {
        String ida = caseOf("DEMO-115-0003");
        String task = taskOf(ida, "acknowledgeHandover");
        Http http = new Http(port);
        JsonNode view = json.readTree(http.get("/api/staff/tasks/" + task + "/case",
                Http.basic("socialraadgiver", "socialraadgiver")).body());
        JsonNode document = view.get("documents").get(0);
        assertThat(document.get("kind").asText()).isEqualTo("Underretning");
        HttpResponse<String> html = http.get("/api/staff/cases/" + ida + "/documents/" + document.get("id").asText() + "?taskId=" + task,
                Http.basic("socialraadgiver", "socialraadgiver"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(html.body()).contains("Underretning", "Ida Poulsen", ida).doesNotContain("171109");
        assertThat(auditOf("socialraadgiver", ida)).anySatisfy(entry -> {
            assertThat(entry.get("purpose").toString()).startsWith("Dokument åbnet").contains(task);
            assertThat(entry.get("subject_id")).isEqualTo(document.get("id").asText());
        });
        assertThat(http.get("/api/staff/cases/" + ida + "/documents/" + document.get("id").asText(),
                Http.basic("forebygger", "forebygger")).statusCode()).isEqualTo(403);

        // Hent PDF: PDF/A, the Danish text and the case number, no CPR number
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/staff/cases/" + ida + "/documents/" + document.get("id").asText() + "/pdf?taskId=" + task))
                .header("Authorization", Http.basic("socialraadgiver", "socialraadgiver")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ida + "-handover.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            assertThat(text).contains("Underretning til socialforvaltningen", "Ida Poulsen", ida, "Gadehavegård",
                    "Fundet i besiddelse af kniv", "Kriminalpræventivt Team").doesNotContain("171109");
            assertThat(text).doesNotContainPattern("\\d{6}-\\d{4}");
            assertThat(new String(read.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)).contains("pdfaid");
            assertThat(PdfDocumentsTest.fonts(read)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
        assertThat(auditOf("socialraadgiver", ida)).anySatisfy(entry ->
                assertThat(entry.get("purpose").toString()).startsWith("Dokument hentet som PDF").contains(task));
    }

    @Test
    void everyFilterListsTasksWithCaseNumberNameAndUrgencyReadableByTheGroup() throws Exception {
        String caseNumber = caseOf("DEMO-115-0001");
        String filter = filterService.createFilterQuery().filterName("Gruppens opgaver").singleResult().getId();
        HttpResponse<String> list = new Http(port).post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=200",
                Http.basic("koordinator", "koordinator"), "application/json",
                "{\"processInstanceBusinessKey\":\"" + caseNumber + "\",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode tasks = json.readTree(list.body());
        assertThat(tasks).isNotEmpty();
        for (JsonNode task : tasks) {
            HttpResponse<String> variables = new Http(port).get("/engine-rest/task/" + task.get("id").asText() + "/localVariables",
                    Http.basic("koordinator", "koordinator"));
            JsonNode local = json.readTree(variables.body());
            assertThat(local.at("/listCaseNumber/value").asText()).isIn("Akut · " + caseNumber, caseNumber);
            assertThat(local.at("/listName/value").asText()).isEqualTo("Oliver Jensen");
        }
        for (String name : List.of("Mine opgaver", "Gruppens opgaver", "Overskredne", "Alle opgaver")) {
            assertThat(filterService.createFilterQuery().filterName(name).singleResult().getProperties().get("variables").toString())
                    .as(name).contains("listCaseNumber", "listName");
        }
        // and the list itself carries them (Tasklist asks for HAL)
        HttpResponse<String> hal = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=200"))
                .header("Authorization", Http.basic("koordinator", "koordinator")).header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceBusinessKey\":\"" + caseNumber + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hal.body()).contains("\"listName\"", "Oliver Jensen", caseNumber);
    }

    @Test
    void findSagByCaseNumberByNameAndBirthDateAndByCprInTheBodyOnly() throws Exception {
        String oliver = caseOf("DEMO-115-0001");
        Http http = new Http(port);
        String coordinator = Http.basic("koordinator", "koordinator");
        for (String body : List.of("{\"caseNumber\":\"" + oliver.toLowerCase() + "\"}",
                "{\"name\":\" oliver  JENSEN \",\"dateOfBirth\":\"2011-03-12\"}", "{\"cpr\":\"120311-4101\"}")) {
            HttpResponse<String> found = http.postJson("/api/staff/case-searches", coordinator, body);
            assertThat(found.statusCode()).as(body + " " + found.body()).isEqualTo(200);
            JsonNode hits = json.readTree(found.body());
            assertThat(hits.findValuesAsText("caseNumber")).as(body).contains(oliver);
            assertThat(hits.get(0).get("name").asText()).isEqualTo("Oliver Jensen");
            assertThat(found.body()).doesNotContain("120311-4101", "1203114101");
        }
        assertThat(json.readTree(http.postJson("/api/staff/case-searches", Http.basic("leder", "leder"),
                "{\"cpr\":\"120311-4101\"}").body()).findValuesAsText("caseNumber")).contains(oliver);
        for (String user : List.of("forebygger", "socialraadgiver", "konsulent", "admin")) {
            assertThat(http.postJson("/api/staff/case-searches", Http.basic(user, user), "{\"caseNumber\":\"" + oliver + "\"}")
                    .statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> twoWays = http.postJson("/api/staff/case-searches", coordinator,
                "{\"caseNumber\":\"" + oliver + "\",\"cpr\":\"120311-4101\"}");
        assertThat(twoWays.statusCode()).isEqualTo(400);
        assertThat(twoWays.body()).contains("caseNumber");
        HttpResponse<String> notCpr = http.postJson("/api/staff/case-searches", coordinator, "{\"cpr\":\"12-34\"}");
        assertThat(notCpr.statusCode()).isEqualTo(400);
        assertThat(notCpr.body()).contains("cpr").doesNotContain("12-34");
        HttpResponse<String> noBirthDate = http.postJson("/api/staff/case-searches", coordinator, "{\"name\":\"Oliver Jensen\"}");
        assertThat(noBirthDate.statusCode()).isEqualTo(400);
        assertThat(noBirthDate.body()).contains("dateOfBirth");
        assertThat(http.postJson("/api/staff/case-searches", coordinator, "{\"caseNumber\":\"KPT-1999-99999\"}").body())
                .isEqualTo("[]");

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select purpose, case_number from trekant_audit_event where actor = 'koordinator' and purpose like '%Find sag%'");
        assertThat(audit).extracting(entry -> entry.get("purpose").toString())
                .anyMatch(purpose -> purpose.startsWith("Find sag efter CPR-nummer"))
                .anyMatch(purpose -> purpose.startsWith("Find sag efter navn og fødselsdato"))
                .allMatch(purpose -> !purpose.contains("120311"));
        assertThat(audit).anySatisfy(entry -> assertThat(entry.get("case_number")).isEqualTo(oliver));
    }

    @Test
    void tasklistReadsTheCaseWithItsOwnLoginOnlyWhenItSaysSo() throws Exception {
        String caseNumber = caseOf("DEMO-115-0001");
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=koordinator&password="
                        + URLEncoder.encode("koordinator", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> fromTasklist = client.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/cases/" + caseNumber))
                .header("X-Trekant-Webapp", "1").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromTasklist.statusCode()).isEqualTo(200);
        assertThat(fromTasklist.body()).contains("Oliver Jensen");
        // the session cookie alone (what another site's page could make a browser send) is not enough
        HttpResponse<String> cookieOnly = client.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/cases/" + caseNumber))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cookieOnly.statusCode()).isEqualTo(401);
    }
}
