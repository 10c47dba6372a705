package dk.trekant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/**
 * The case file in Tasklist (Debian's headless Chromium): the coordinator tells the tasks apart in
 * the group's list (case number, name, urgency) and reads the assessment's "Sag" tab with the youth's
 * earlier incident, hostile text shown as text, and finds the case with "Find sag"; a preventer who
 * never had a task in the case is refused by the API and is offered no "Find sag". Screenshots in {@code target/screenshots/sag-*}.
 */
@TrekantTest
class CaseFileBrowserIT {

    private static final String POLICE = Http.bearer("demo-politi");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FormService formService;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCoordinatorTellsTasksApartAndReadsTheCaseFileAndAPreventerIsRefused() throws Exception {
        String cpr = "140312-4701";
        String hostile = "<img src=x onerror=alert(7)> Tidligere: knust rude {{7*7}}";
        String first = notify(cpr, "Sigrid", "Sagsmappe", hostile, 20);
        Task earlierAssessment = task(first, "assessCase");
        String caseNumber = (String) runtimeService.getVariable(earlierAssessment.getProcessInstanceId(), "caseNumber");
        String second = notify(cpr, "Sigrid", "Sagsmappe", "Slagsmål ved Høje Taastrup Station.", 1);
        Task assessment = earlierAssessment;

        try (Browser browser = new Browser(port, "sag")) {
            assertThat(browser.login("tasklist", "koordinator", "koordinator")).isTrue();
            browser.visible(By.partialLinkText("Gruppens opgaver")).click();
            // the list: every task with its case number, the youth's name and the urgency, by due date
            browser.until(d -> d.getCurrentUrl().contains("sorting=") && d.getCurrentUrl().contains("dueDate"));
            By card = By.cssSelector("a[href*='task=" + assessment.getId() + "']");
            By item = By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + assessment.getId() + "')]]");
            browser.screenshot("liste-indlaeses");
            String itemText;
            try {
                itemText = browser.until(d -> {
                    String shown = d.findElement(item).getText();
                    return shown.contains(caseNumber) ? shown : null;
                });
            } catch (RuntimeException e) {
                browser.screenshot("liste-fejl");
                System.out.println("URL " + browser.driver.getCurrentUrl() + " LOGS " + browser.driver.manage().logs().get("browser").getAll());
                throw e;
            }
            assertThat(itemText).contains("Sag:", caseNumber, "Navn:", "Sigrid Sagsmappe");
            browser.screenshot("liste");

            browser.click(card);
            browser.until(d -> d.getCurrentUrl().contains("task=" + assessment.getId()));
            browser.visible(By.cssSelector(".fjs-container"));
            By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Sag']");
            By caseFile = By.cssSelector(".trekant-case[data-case-number='" + caseNumber + "']");
            browser.click(tab);
            if (!browser.appears(caseFile, 30)) {
                browser.screenshot("fanen-sag-igen");
                browser.click(tab);
            }
            WebElement file = browser.visible(caseFile);
            browser.until(d -> file.getText().contains("Høje Taastrup"));
            String text = file.getText();
            assertThat(text).contains("Sigrid Sagsmappe", "Hændelser (2)", "§115-underretning fra politiet", "Vold", "Mistænkt",
                    "Registreret (vises ikke)", hostile, "Vurdér henvendelse").doesNotContain(cpr, "140312-");
            assertThat(browser.all(By.cssSelector(".trekant-case img"))).as("hostile markup stays text").isEmpty();
            browser.assertNoAlert();
            browser.screenshot("fanen-sag");

            // Find sag in the header: by CPR number (sent in the body), then the case file in the panel
            browser.click(By.cssSelector(".trekant-find-open"));
            WebElement cprField = browser.visible(By.cssSelector("#trekant-find-case input[name=cpr]"));
            cprField.sendKeys(cpr);
            browser.click(By.cssSelector("#trekant-find-case button[type=submit]"));
            browser.visible(By.cssSelector(".trekant-find-hit")).click();
            browser.until(d -> d.findElement(By.id("trekant-find-case")).getText().contains("Høje Taastrup Station"));
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("140312");
            browser.screenshot("find-sag");
        }

        try (Browser browser = new Browser(port, "sag-forebygger")) {
            assertThat(browser.login("tasklist", "forebygger", "forebygger")).isTrue();
            browser.visible(By.partialLinkText("Gruppens opgaver"));
            assertThat(browser.all(By.cssSelector(".trekant-find-open"))).isEmpty();
            Object status = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/staff/cases/' + arguments[0], {credentials: 'same-origin', headers: {'X-Trekant-Webapp': '1'}})
                        .then(r => done(r.status), e => done(String(e)));""", caseNumber);
            assertThat(status).isEqualTo(403L);
        }
        assertThat(second).isNotBlank();
    }

    @Test
    void theCoordinatorMergesAStaffRegisteredYouthIntoThePoliceRecordFromTheSagTab() throws Exception {
        // the same boy twice: raised by staff (no CPR), then from the police (with CPR), each with an open case
        HttpResponse<String> concern = new Http(port).postJson("/engine-rest/process-definition/key/staffConcern/submit-form",
                Http.basic("forebygger", "forebygger"), """
                {"variables":{
                  "youthFirstName":{"value":"Viggo"},"youthLastName":{"value":"Dobbeltsen"},"youthDateOfBirth":{"value":"2012-09-05"},
                  "youthSchool":{"value":"Selsmoseskolen"},"observedOn":{"value":"%s"},"concernCategory":{"value":"ANDET"},
                  "concernDescription":{"value":"Ses ofte alene sent om aftenen"},"knownToSocialServices":{"value":false}}}
                """.formatted(java.time.LocalDate.now().minusDays(1)));
        assertThat(concern.statusCode()).as(concern.body()).isEqualTo(200);
        String staffCase = json.readTree(concern.body()).get("businessKey").asText();
        Jobs.runAsyncContinuations(managementService);
        String policeIncident = notify("050912-4811", "Viggo", "Dobbeltsen", "Set med kniv ved stationen.", 2);
        Task assessment = task(policeIncident, "assessCase");
        String policeCase = (String) runtimeService.getVariable(assessment.getProcessInstanceId(), "caseNumber");
        assertThat(policeCase).isNotEqualTo(staffCase);

        try (Browser browser = new Browser(port, "sag-flet")) {
            assertThat(browser.login("tasklist", "koordinator", "koordinator")).isTrue();
            browser.visible(By.partialLinkText("Gruppens opgaver")).click();
            browser.until(d -> d.getCurrentUrl().contains("sorting="));
            browser.click(By.cssSelector("a[href*='task=" + assessment.getId() + "']"));
            browser.until(d -> d.getCurrentUrl().contains("task=" + assessment.getId()));
            By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Sag']");
            By caseFile = By.cssSelector(".trekant-case[data-case-number='" + policeCase + "']");
            browser.click(tab);
            if (!browser.appears(caseFile, 30)) {
                browser.click(tab);
            }
            browser.visible(caseFile);
            browser.click(By.cssSelector(".trekant-merge-open"));
            browser.visible(By.cssSelector(".trekant-merge-form input[name=otherCase]")).sendKeys(staffCase);
            browser.visible(By.cssSelector(".trekant-merge-form textarea[name=reason]")).sendKeys("Samme dreng, skolen bekræfter");
            browser.visible(By.cssSelector(".trekant-merge-form input[name=keepCaseNumber]")).sendKeys(policeCase);
            browser.visible(By.cssSelector(".trekant-merge-form textarea[name=closeReason]")).sendKeys("Samme bekymring");
            browser.click(By.cssSelector(".trekant-merge-form button[type=submit]"));
            browser.until(d -> d.findElement(By.cssSelector(".trekant-merge-result")).getText().startsWith("Flettet"));
            assertThat(browser.visible(By.cssSelector(".trekant-merge-result")).getText())
                    .contains("1 hændelser", "sag " + staffCase + " lukket");
            browser.screenshot("flet");
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(staffCase).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(policeCase).count()).isPositive();
    }

    @Test
    void theSocialWorkerOpensTheApprovedUnderretningAsPdfFromTheAcknowledgement() throws Exception {
        String cpr = "230912-4823";
        String incident = notify(cpr, "Malthe", "Modtagersen", "Truet med kniv ved stationen.", 2);
        Task assessment = task(incident, "assessCase");
        String caseNumber = (String) runtimeService.getVariable(assessment.getProcessInstanceId(), "caseNumber");
        taskService.claim(assessment.getId(), "koordinator");
        taskService.complete(assessment.getId(), Map.of("decidedLevel", "INDIVIDUEL", "assessmentDecision", "HANDOVER",
                "assessmentNote", "Kniv: underretning til Børne- og Familiecenteret."));
        // the coordinator approves the draft with a sentence of their own (as Tasklist submits "Gennemse underretning")
        Task review = task(incident, "reviewHandover");
        taskService.claim(review.getId(), "koordinator");
        String approvedSentence = "Koordinatoren så selv, at Malthe var bange for at gå hjem – æ, ø, å og é.";
        formService.submitTaskForm(review.getId(), Map.of("handoverReason",
                taskService.getVariableLocal(review.getId(), "handoverReason") + "\n" + approvedSentence,
                "handoverReview", "APPROVED"));
        Task acknowledge = task(incident, "acknowledgeHandover");

        try (Browser browser = new Browser(port, "sag-underretning")) {
            assertThat(browser.login("tasklist", "socialraadgiver", "socialraadgiver")).isTrue();
            browser.visible(By.partialLinkText("Gruppens opgaver")).click();
            browser.until(d -> d.getCurrentUrl().contains("sorting="));
            browser.click(By.cssSelector("a[href*='task=" + acknowledge.getId() + "']"));
            browser.until(d -> d.getCurrentUrl().contains("task=" + acknowledge.getId()));
            By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Sag']");
            By caseFile = By.cssSelector(".trekant-case[data-case-number='" + caseNumber + "']");
            browser.click(tab);
            if (!browser.appears(caseFile, 30)) {
                browser.click(tab);
            }
            WebElement file = browser.visible(caseFile);
            browser.until(d -> file.getText().contains("Underretning"));
            assertThat(file.getText()).contains("Godkendt").doesNotContain(cpr);

            // Åbn: the approved text in the page
            browser.click(By.cssSelector(".trekant-case .trekant-open-document"));
            WebElement frame = browser.visible(By.cssSelector("iframe.trekant-case-document"));
            assertThat(frame.getDomAttribute("srcdoc")).contains(approvedSentence);
            browser.screenshot("underretning-aaben");

            // Hent PDF: the file the button hands to the browser's download
            browser.js("""
                    window.__trekantPdf = null;
                    const create = URL.createObjectURL;
                    URL.createObjectURL = function (blob) { window.__trekantPdf = blob; return create.call(URL, blob); };
                    const click = HTMLAnchorElement.prototype.click;
                    HTMLAnchorElement.prototype.click = function () {
                      if (this.download) { return; }
                      return click.call(this);
                    };""");
            browser.click(By.cssSelector(".trekant-case .trekant-download-pdf"));
            browser.until(d -> browser.js("return window.__trekantPdf") != null);
            Object base64 = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const reader = new FileReader();
                    reader.onload = () => done(reader.result.split(',')[1]);
                    reader.onerror = () => done('error');
                    reader.readAsDataURL(window.__trekantPdf);""");
            byte[] pdf = java.util.Base64.getDecoder().decode((String) base64);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains(caseNumber, "Malthe", "æ, ø, å og é").doesNotContain(cpr, cpr.replace("-", ""));
            }
            browser.screenshot("underretning-pdf");
        }
    }

    private Task task(String incidentId, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processVariableValueEquals("incidentId", incidentId)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as(taskKey).hasSize(1);
        return tasks.get(0);
    }

    private String notify(String cpr, String firstName, String lastName, String description, int daysAgo) throws Exception {
        String body = json.writeValueAsString(Map.of(
                "reference", "POL-" + UUID.randomUUID(),
                "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0).toString(),
                "place", daysAgo > 1 ? "Taastrup Hovedgade 12" : "Høje Taastrup Station",
                "offenceCategory", "VOLD",
                "role", "MISTAENKT",
                "description", description,
                "youth", Map.of("cpr", cpr, "firstName", firstName, "lastName", lastName, "school", "Parkvejens Skole")));
        HttpResponse<String> response = new Http(port).postJson("/api/v1/section115-notifications", POLICE, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Jobs.runAsyncContinuations(managementService);
        return json.readTree(response.body()).get("id").asText();
    }
}
