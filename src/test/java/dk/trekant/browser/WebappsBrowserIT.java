package dk.trekant.browser;

import static dk.trekant.browser.Browser.button;
import static dk.trekant.browser.Browser.exactText;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/**
 * Tasklist and Cockpit as the staff use them, in Debian's headless Chromium: the youth case from a
 * police notification to the preventer and social services, the leader's Cockpit, who may not log in,
 * and hostile text in a notification. Screenshots of every step are in {@code target/screenshots/}.
 */
@TrekantTest
class WebappsBrowserIT {

    private static final String POLICE = Http.bearer("demo-politi");
    private static final Locale DANISH = Locale.forLanguageTag("da");

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

    private final ObjectMapper json = new ObjectMapper();

    // ---------------------------------------------------------------------------------------------
    // Tasklist: koordinator -> forebygger, socialraadgiver

    @Test
    void coordinatorAssessesAFreshNotificationAndTheCaseMovesOnToThePreventer() throws Exception {
        String incidentId = notify(cpr(11, 301), "Selma", "Browsertest", "Slagsmål ved Taastrup Station efter skoletid.");
        Task assessment = task(incidentId, "assessCase");

        try (Browser browser = new Browser(port, "tasklist-koordinator")) {
            assertThat(browser.login("tasklist", "koordinator", "koordinator")).as("koordinator logs in").isTrue();
            browser.visible(By.partialLinkText("Gruppens opgaver"));
            assertThat(browser.text()).contains("Mine opgaver", "Gruppens opgaver", "Overskredne").doesNotContain("Alle opgaver");
            browser.screenshot("filtre");

            openFilter(browser, "Gruppens opgaver");
            browser.waitForText("Vurdér henvendelse");
            browser.screenshot("gruppens-opgaver");
            openTask(browser, "Gruppens opgaver", assessment.getId());
            browser.visible(button("Tag opgaven"));
            browser.until(d -> fieldValue(browser, "Den unge").equals("Selma Browsertest"));
            browser.screenshot("opgave-vurder-henvendelse");

            browser.click(button("Tag opgaven"));
            browser.until(d -> taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee() != null);
            assertThat(taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee()).isEqualTo("koordinator");
            WebElement note = browser.visible(By.xpath("//label[contains(normalize-space(.),'Begrundelse for beslutningen')]/following::textarea[1]"));
            browser.click(exactText("Målrettet"));
            browser.click(exactText("Forældresamtale"));
            note.sendKeys("Første hændelse. Forældresamtale med lokalbetjenten.");
            browser.screenshot("formular-udfyldt");

            browser.click(button("Fuldfør"));
            browser.until(d -> taskService.createTaskQuery().taskId(assessment.getId()).count() == 0);
            browser.until(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
            browser.screenshot("fuldfort");
        }
        assertThat(runtimeService.getVariable(assessment.getProcessInstanceId(), "assessmentDecision")).isEqualTo("PARENT_DIALOGUE");
        assertThat(runtimeService.getVariable(assessment.getProcessInstanceId(), "decidedLevel")).isEqualTo("MAALRETTET");
        Task plan = task(incidentId, "planParentDialogue");

        try (Browser browser = new Browser(port, "tasklist-forebygger")) {
            assertThat(browser.login("tasklist", "forebygger", "forebygger")).isTrue();
            openFilter(browser, "Gruppens opgaver");
            browser.waitForText("Planlæg forældresamtale");
            browser.screenshot("gruppens-opgaver");
            openTask(browser, "Gruppens opgaver", plan.getId());
            browser.until(d -> fieldValue(browser, "Den unge").equals("Selma Browsertest"));
            assertThat(browser.text()).contains("Planlæg forældresamtale", "Tag opgaven");
            browser.screenshot("planlaeg-foraeldresamtale");
        }
    }

    @Test
    void socialServicesAcknowledgeAHandover() {
        Task handover = taskService.createTaskQuery().taskDefinitionKey("acknowledgeHandover").taskUnassigned()
                .orderByTaskCreateTime().asc().list().get(0);
        try (Browser browser = new Browser(port, "tasklist-socialraadgiver")) {
            assertThat(browser.login("tasklist", "socialraadgiver", "socialraadgiver")).isTrue();
            openFilter(browser, "Gruppens opgaver");
            browser.waitForText("Kvittér for underretning");
            browser.screenshot("gruppens-opgaver");
            openTask(browser, "Gruppens opgaver", handover.getId());
            browser.click(button("Tag opgaven"));
            browser.until(d -> taskService.createTaskQuery().taskId(handover.getId()).singleResult().getAssignee() != null);

            // Tasklist's own date picker (follow-up date): Danish months and days, Monday first
            browser.click(By.xpath("//*[contains(normalize-space(text()),'Sæt opfølgningsdato')]"));
            WebElement followUp = browser.visible(By.cssSelector(".uib-datepicker"));
            browser.screenshot("opfoelgningsdato-kalender");
            String today = LocalDate.now().format(DateTimeFormatter.ofPattern("MMMM yyyy", DANISH));
            assertThat(followUp.getText()).contains(today, "man.", "søn.").doesNotContain("Mon", "Sun", "December");
            assertThat(browser.all(By.cssSelector(".uib-datepicker thead tr:last-child th")).stream()
                    .map(WebElement::getText).filter(day -> !day.isBlank()).findFirst()).hasValue("man.");
            browser.click(By.cssSelector("button[ng-click^='cancelChange'] .glyphicon-remove"));
            browser.until(d -> browser.all(By.cssSelector(".uib-datepicker")).isEmpty());

            // an empty form: form-js' validation messages in Danish
            browser.click(button("Fuldfør"));
            browser.waitForText("Feltet skal udfyldes.");
            browser.screenshot("tom-formular");
            assertThat(browser.text()).doesNotContain("Field is required");
            // the error notification would cover the buttons: the user closes it
            browser.js("document.querySelectorAll('.page-notifications .close').forEach(close => close.click())");
            browser.until(d -> browser.all(By.cssSelector(".page-notifications .alert")).stream().noneMatch(WebElement::isDisplayed));

            browser.click(exactText("Underretningen er modtaget og vurderet"));
            WebElement date = browser.visible(By.xpath("//label[contains(normalize-space(.),'Kvittering sendt til underretteren')]/following::input[1]"));
            assertThat(date.getDomProperty("placeholder")).isEqualTo("dd.mm.åååå");
            browser.js("arguments[0].scrollIntoView({block: 'center'})", date);
            date.click();
            // form-js' date picker (flatpickr): Danish months and days, Monday first
            WebElement calendar = browser.visible(By.cssSelector(".fjs-datepicker .flatpickr-calendar"));
            browser.screenshot("formular-kalender");
            assertThat(calendar.getText()).contains("man", "søn").doesNotContain("Mon", "Sun", "December");
            assertThat(browser.all(By.cssSelector(".fjs-datepicker .flatpickr-weekday")).get(0).getText()).isEqualTo("man");
            String typed = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            date.sendKeys(typed, Keys.ENTER);
            browser.until(d -> typed.equals(date.getDomProperty("value")));
            browser.visible(By.xpath("//label[contains(normalize-space(.),'Ansvarlig sagsbehandler')]/following::input[1]"))
                    .sendKeys("Camilla Hansen");
            browser.screenshot("kvittering-udfyldt");
            browser.click(button("Fuldfør"));
            try {
                browser.until(d -> taskService.createTaskQuery().taskId(handover.getId()).count() == 0);
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("ikke-fuldfort");
                throw e;
            }
            browser.until(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
            browser.screenshot("fuldfort");
        }
        assertThat(runtimeService.getVariable(handover.getProcessInstanceId(), "handoverAcknowledged")).isEqualTo(true);
        assertThat(runtimeService.getVariable(handover.getProcessInstanceId(), "receiptSentOn")).isEqualTo(LocalDate.now().toString());
        assertThat(runtimeService.getVariable(handover.getProcessInstanceId(), "socialCaseworker")).isEqualTo("Camilla Hansen");
    }

    @Test
    void coordinatorRecordsConsentAndAreasForAReleaseNoticeAndTheLeaderSeesTheAdultCase() throws Exception {
        String body = """
                {"reference":"KRF-BROWSER-%s","expectedReleaseDate":"%s","institutionKind":"FAENGSEL",
                 "institutionName":"Statsfængslet Østjylland","reasonCategory":"ENDT_AFSONING",
                 "consent":{"given":true,"recordedOn":"%s"},"description":"Ønsker hjælp til bolig og job",
                 "person":{"cpr":"%s","firstName":"Anders","lastName":"Browsertest"}}
                """.formatted(UUID.randomUUID(), LocalDate.now().plusDays(60), LocalDate.now(), "170395-1597");
        HttpResponse<String> sent = new Http(port).postJson("/api/v1/release-notifications",
                Http.bearer("demo-kriminalforsorgen"), body);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        Task assessment = taskService.createTaskQuery().taskDefinitionKey("assessAdultReferral")
                .processVariableValueEquals("personName", "Anders Browsertest").singleResult();

        try (Browser browser = new Browser(port, "tasklist-voksensag")) {
            assertThat(browser.login("tasklist", "koordinator", "koordinator")).isTrue();
            openFilter(browser, "Gruppens opgaver");
            browser.waitForText("Vurdér voksenhenvendelse");
            openTask(browser, "Gruppens opgaver", assessment.getId());
            browser.until(d -> fieldValue(browser, "Person").equals("Anders Browsertest"));
            browser.screenshot("vurder-voksenhenvendelse");
            browser.click(button("Tag opgaven"));
            browser.until(d -> taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee() != null);
            browser.click(exactText("Personen har givet samtykke"));
            browser.click(exactText("Bolig"));
            browser.click(exactText("Job og uddannelse"));
            browser.visible(By.xpath("//label[contains(normalize-space(.),'Begrundelse for vurderingen')]/following::textarea[1]"))
                    .sendKeys("Motiveret; bolig og job først.");
            browser.screenshot("samtykke-og-omraader");
            browser.click(button("Fuldfør"));
            browser.until(d -> taskService.createTaskQuery().taskId(assessment.getId()).count() == 0);
            browser.screenshot("fuldfort");
        }
        assertThat(runtimeService.getVariable(assessment.getProcessInstanceId(), "areas"))
                .isEqualTo(List.of("HOUSING", "JOB_EDUCATION"));
        assertThat(runtimeService.getActivityInstance(assessment.getProcessInstanceId()).getChildActivityInstances())
                .extracting(child -> child.getActivityId()).containsExactly("waitForReleaseMeeting");

        try (Browser browser = new Browser(port, "cockpit-voksensag")) {
            assertThat(browser.login("cockpit", "leder", "leder")).isTrue();
            browser.open("/camunda/app/cockpit/default/#/process-instance/" + assessment.getProcessInstanceId() + "/runtime");
            browser.waitForText("personName");
            browser.until(d -> !browser.all(By.cssSelector(".djs-shape")).isEmpty());
            browser.screenshot("voksensag-diagram");
            String page = browser.driver.getPageSource() + browser.text();
            assertThat(page).doesNotContain("170395-1597").doesNotContain("1703951597");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Cockpit: the leader

    @Test
    void leaderSeesTheYouthCaseInCockpitAndNoCprNumber() throws Exception {
        String cpr = cpr(12, 302);
        String incidentId = notify(cpr, "Karl", "Cockpittest", "Hærværk på skolens legeplads.");
        Task assessment = task(incidentId, "assessCase");

        try (Browser browser = new Browser(port, "cockpit-leder")) {
            assertThat(browser.login("cockpit", "leder", "leder")).as("leder logs into Cockpit").isTrue();
            browser.visible(By.partialLinkText("Processer"));
            browser.screenshot("overblik");
            browser.driver.findElement(By.partialLinkText("Processer")).click();
            browser.visible(By.linkText("Ungesag")).click();
            // the diagram with the number of running instances on its tasks
            browser.until(d -> badges(browser).stream().anyMatch(count -> count.matches("\\d+")));
            browser.screenshot("ungesag-diagram");
            assertThat(browser.text()).contains("Ungesag");

            browser.open("/camunda/app/cockpit/default/#/process-instance/" + assessment.getProcessInstanceId() + "/runtime");
            browser.waitForText("incidentId");
            browser.screenshot("forloeb-variabler");
            String page = browser.driver.getPageSource() + browser.text();
            assertThat(page).contains(incidentId).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
        }
    }

    @Test
    void leaderSeesTheDashboardsChartsAndOthersAreRefused() {
        try (Browser browser = new Browser(port, "dashboard-leder")) {
            browser.driver.get("http://leder:leder@localhost:" + port + "/dashboard");
            browser.waitForText("Ledelsens overblik");
            // Chart.js draws into its canvases once the figures have arrived
            browser.until(d -> (Boolean) browser.js("""
                    return Array.from(document.querySelectorAll('canvas')).some(c => window.Chart && Chart.getChart(c));"""));
            assertThat((Boolean) browser.js("return !!Chart.getChart(document.getElementById('hotspots'))"))
                    .as("the hotspots' presence hours are drawn").isTrue();
            browser.screenshot("dashboard");
            assertThat(browser.text()).contains("Åbne opgaver pr. gruppe").doesNotContain("120311-4101");
            assertThat((Boolean) browser.js("return typeof window.__trekantPwned === 'undefined'")).isTrue();
        }
        Http http = new Http(port);
        assertThat(http.get("/dashboard", Http.basic("forebygger", "forebygger")).statusCode()).isEqualTo(403);
        assertThat(http.get("/dashboard", Http.bearer("demo-politi")).statusCode()).isEqualTo(401);
        assertThat(http.get("/dashboard", null).statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------------------------------------
    // Who may not log in

    @Test
    void preventerCannotUseCockpitAndPartnerTokensOpenNoWebapp() {
        try (Browser browser = new Browser(port, "adgang")) {
            assertThat(browser.login("cockpit", "forebygger", "forebygger")).as("forebygger in Cockpit").isFalse();
            browser.waitForText("Forkert brugernavn eller adgangskode");
            browser.screenshot("cockpit-afvist");
            assertThat(browser.login("tasklist", "demo-politi", "demo-politi")).as("a partner name in Tasklist").isFalse();
            browser.screenshot("tasklist-partner-afvist");
        }
        Http http = new Http(port);
        for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default",
                "/camunda/app/tasklist/default/", "/engine-rest/task")) {
            HttpResponse<String> response = http.get(path, POLICE);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
        }
        assertThat(http.webappLogin("tasklist", "demo-politi", "demo-politi").statusCode()).isEqualTo(401);
    }

    /** Without single sign-on, "Log ud" is Camunda's own: Tasklist's login form again, no trip elsewhere. */
    @Test
    void aLocalUserLogsOutWithCamundasOwnLogout() {
        try (Browser browser = new Browser(port, "log-ud-lokal")) {
            assertThat(browser.login("tasklist", "koordinator", "koordinator")).isTrue();
            browser.click(By.cssSelector("li.account.dropdown > a.dropdown-toggle"));
            browser.click(By.cssSelector("li.logout > a"));
            browser.visible(By.cssSelector("form[name=signinForm]"));
            browser.screenshot("logget-ud");
            assertThat(browser.driver.getCurrentUrl()).startsWith("http://localhost:" + port + "/camunda/app/tasklist/")
                    .endsWith("#/login");
            // the session is over: reloading shows the login form, not the tasks
            browser.driver.navigate().refresh();
            browser.visible(By.cssSelector("form[name=signinForm]"));
            assertThat(browser.all(By.partialLinkText("Gruppens opgaver"))).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Hostile text

    @Test
    void hostileTextInANotificationIsShownAsTextAndNeverRuns() throws Exception {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> {{7*7}} ${7*7} [x](javascript:alert(3))";
        String incidentId = notify(cpr(13, 303), "Vera", "Sikkerhedstest", hostile);
        Task assessment = task(incidentId, "assessCase");

        try (Browser browser = new Browser(port, "fjendtlig-tekst")) {
            assertThat(browser.login("tasklist", "koordinator", "koordinator")).isTrue();
            openFilter(browser, "Gruppens opgaver");
            openTask(browser, "Gruppens opgaver", assessment.getId());
            WebElement summary = browser.visible(By.xpath("//label[normalize-space(.)='Hændelse']/following::textarea[1]"));
            browser.until(d -> summary.getDomProperty("value").contains("Vera"));
            Thread.sleep(1000);
            browser.screenshot("opgave");
            browser.assertNoAlert();
            String value = summary.getDomProperty("value");
            assertThat(value).contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "{{7*7}}", "${7*7}",
                    "[x](javascript:alert(3))").doesNotContain("49");
            WebElement form = browser.driver.findElement(By.cssSelector(".fjs-container"));
            assertThat(form.findElements(By.cssSelector("img[src='x'], script"))).isEmpty();
            assertThat(form.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
            assertThat(browser.all(By.cssSelector("img[src='x']"))).isEmpty();
            assertThat((Boolean) browser.js("return typeof window.__trekantPwned === 'undefined'")).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The value of a Camunda Form field (read-only fields show their value in an input or a textarea). */
    private static String fieldValue(Browser browser, String label) {
        WebElement field = browser.driver.findElement(By.xpath("//label[normalize-space(.)='" + label
                + "']/following::*[self::input or self::textarea][1]"));
        return String.valueOf(field.getDomProperty("value"));
    }

    /** The instance counts Cockpit draws on the diagram. */
    private static List<String> badges(Browser browser) {
        return browser.all(By.cssSelector(".djs-overlay .badge")).stream()
                .map(badge -> String.valueOf(badge.getDomProperty("textContent")).trim()).toList();
    }

    /** Opens a filter by clicking its name in the list of filters. */
    private void openFilter(Browser browser, String name) {
        browser.visible(By.partialLinkText(name)).click();
        browser.until(d -> d.getCurrentUrl().contains("filter=" + filterId(name)));
    }

    /** Opens a task by clicking it in the task list. */
    private void openTask(Browser browser, String filter, String taskId) {
        By link = By.cssSelector("a[href*='task=" + taskId + "']");
        // scrolled into view first: the lists are sorted by due date and show case number and name under each task
        browser.click(link);
        browser.until(d -> d.getCurrentUrl().contains("task=" + taskId));
        browser.visible(By.cssSelector(".fjs-container"));
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    private Task task(String incidentId, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processVariableValueEquals("incidentId", incidentId)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as(taskKey).hasSize(1);
        return tasks.get(0);
    }

    /** Sends a §115 notification through the partner API as the demo police; returns the incident's id. */
    private String notify(String cpr, String firstName, String lastName, String description) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of(
                "reference", "POL-" + UUID.randomUUID(),
                "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString(),
                "place", "Taastrup Hovedgade 12",
                "offenceCategory", "VOLD",
                "role", "MISTAENKT",
                "description", description,
                "youth", java.util.Map.of("cpr", cpr, "firstName", firstName, "lastName", lastName, "school", "Parkvejens Skole")));
        HttpResponse<String> response = new Http(port).postJson("/api/v1/section115-notifications", POLICE, body);
        assertThat(response.statusCode()).as("notification accepted").isEqualTo(201);
        // registration and triage are an async continuation; the test profile runs no job executor
        Jobs.runAsyncContinuations(managementService);
        return json.readTree(response.body()).get("id").asText();
    }

    /** A fictitious CPR number of a child born in March 2012. */
    private static String cpr(int day, int serial) {
        return String.format("%02d0312-4%03d", day, serial);
    }
}
