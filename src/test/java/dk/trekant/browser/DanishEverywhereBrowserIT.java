package dk.trekant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.trekant.support.TrekantTest;

/**
 * Every page a role reaches, in a Danish browser, holds none of the English words and phrases that
 * staff met before (issue 19): Tasklist with every task of the youth case and the adult case (form
 * and description), Cockpit's pages for the leader, Admin for the administrator, the dashboard, the
 * reports and the refused pages. Screenshots of every page are in {@code target/screenshots/}
 * ({@code dansk-*}).
 */
@TrekantTest
class DanishEverywhereBrowserIT {

    private static final Logger log = LoggerFactory.getLogger(DanishEverywhereBrowserIT.class);

    /** English that must not appear: the findings and the webapps' commonest labels. */
    static final List<String> ENGLISH = List.of("Field is required", "Field must", "Sun", "Mon", "Tue", "Wed", "Thu",
            "Fri", "Sat", "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December", "Actions", "Owner", "Creation Date", "Follow Up Date", "FollowUp Date", "Priority",
            "Delegation State", "Forbidden", "Unauthorized", "Not Found", "Tenant ID", "Super Process Instance ID",
            "Activity Instance Statistics", "Assignments by type", "Decisions", "decision definition deployed", "Loading",
            "Search", "Nothing to show", "Submit", "Cancel", "Delete", "Edit", "Save", "Complete", "Claim", "Process Instance",
            "Process Definition", "Incidents", "Running", "Instances", "Details", "Name", "Value", "Add", "Remove", "Close",
            "Select", "Refresh", "Next", "Previous", "Password", "Username", "Sign out", "Welcome", "Dashboard", "Processes",
            "Tasks", "Deployments", "Batches", "Users", "Groups", "Authorizations", "Tenants", "Error", "Success", "Warning",
            "required", "User", "Group", "Variables", "Documentation", "Description", "History");

    private static final List<String> ROLES = List.of("koordinator", "forebygger", "konsulent", "socialraadgiver", "leder");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;

    private final Map<String, List<String>> found = new LinkedHashMap<>();

    @Test
    void everyPageARoleReachesIsDanish() {
        List<String> started = startEveryUserTaskOfTheCases();
        try {
            for (String role : ROLES) {
                tasklist(role);
            }
            cockpit();
            admin();
            dashboardReportsAndRefusals();
        } finally {
            started.forEach(id -> runtimeService.deleteProcessInstance(id, "browser test", true, true));
        }
        found.forEach((page, words) -> log.info("English on {}: {}", page, words));
        assertThat(found).as("pages with English words (screenshots in target/screenshots/dansk-*)").isEmpty();
    }

    /** Tasklist: the role's filters, then every youth and adult case task the role may do, form and description. */
    private void tasklist(String role) {
        String filter = role.equals("leder") ? "Alle opgaver" : "Gruppens opgaver";
        String filterId = filterService.createFilterQuery().filterName(filter).singleResult().getId();
        try (Browser browser = new Browser(port, "dansk-tasklist-" + role)) {
            assertThat(browser.login("tasklist", role, role)).as(role + " logs in").isTrue();
            browser.open("/camunda/app/tasklist/default/#/?filter=" + filterId);
            browser.waitForText(filter);
            check(browser, "tasklist-" + role + "-filtre");
            for (Task task : tasksOf(role)) {
                browser.open("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId());
                browser.visible(By.cssSelector(".fjs-container"));
                browser.until(d -> !browser.all(By.cssSelector(".fjs-form-field")).isEmpty());
                String name = "tasklist-" + role + "-" + task.getProcessDefinitionId().replaceAll(":.*", "") + "-"
                        + task.getTaskDefinitionKey();
                check(browser, name);
                browser.click(By.xpath("//a[normalize-space(.)='Beskrivelse']"));
                browser.until(d -> browser.text().contains(task.getDescription() == null ? "" : task.getDescription()
                        .substring(0, Math.min(30, task.getDescription().length()))));
                check(browser, name + "-beskrivelse");
                browser.click(By.xpath("//a[normalize-space(.)='Formular']"));
            }
        }
    }

    private void cockpit() {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("youthCase")
                .latestVersion().singleResult().getId();
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("youthCase").listPage(0, 1).get(0)
                .getId();
        try (Browser browser = new Browser(port, "dansk-cockpit-leder")) {
            assertThat(browser.login("cockpit", "leder", "leder")).isTrue();
            for (String page : List.of("dashboard", "processes", "decisions", "tasks", "repository", "reports",
                    "process-definition/" + definition + "/runtime", "process-instance/" + instance + "/runtime",
                    "process-instance/" + instance + "/runtime?tab=user-tasks-tab")) {
                browser.open("/camunda/app/cockpit/default/#/" + page);
                pause(2500);
                check(browser, "cockpit-" + page.replaceAll("[^a-z-]", "").replaceAll("-+$", ""));
            }
        }
    }

    private void admin() {
        try (Browser browser = new Browser(port, "dansk-admin")) {
            assertThat(browser.login("admin", "admin", "admin")).isTrue();
            for (String page : List.of("users", "groups", "tenants", "authorization?resource=0",
                    "system?section=system-settings-general", "users/leder?tab=profile", "groups/leder?tab=group")) {
                browser.open("/camunda/app/admin/default/#/" + page);
                pause(2000);
                check(browser, "admin-" + page.replaceAll("\\?.*", "").replace('/', '-'));
            }
        }
    }

    private void dashboardReportsAndRefusals() {
        try (Browser browser = new Browser(port, "dansk-sider")) {
            browser.driver.get("http://leder:leder@localhost:" + port + "/dashboard");
            browser.waitForText("Ledelsens overblik");
            check(browser, "dashboard");
            browser.driver.get("http://leder:leder@localhost:" + port + "/reports");
            pause(1000);
            check(browser, "rapporter");
            browser.driver.get("http://leder:leder@localhost:" + port + "/dashboard/findes-ikke");
            browser.waitForText("Siden findes ikke");
            check(browser, "404");
        }
        try (Browser browser = new Browser(port, "dansk-afvist")) {
            browser.driver.get("http://forebygger:forebygger@localhost:" + port + "/dashboard");
            browser.waitForText("Du har ikke adgang til siden");
            check(browser, "403");
        }
    }

    /** Fails nothing yet: collects the English words on the page and keeps its screenshot. */
    private void check(Browser browser, String page) {
        pause(500);
        browser.screenshot(page);
        String text = browser.text();
        List<String> words = new ArrayList<>();
        for (String english : ENGLISH) {
            if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(english) + "(?![\\p{L}\\d])").matcher(text).find()) {
                words.add(english);
            }
        }
        if (!words.isEmpty()) {
            found.put(page, words);
        }
    }

    /** Open youth and adult case tasks the role is a candidate for, one of each kind. */
    private List<Task> tasksOf(String role) {
        Map<String, Task> byKey = new LinkedHashMap<>();
        for (String process : List.of("youthCase", "adultCase")) {
            for (Task task : taskService.createTaskQuery().processDefinitionKey(process).active().orderByTaskCreateTime().desc()
                    .list()) {
                boolean candidate = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .map(IdentityLink::getGroupId).anyMatch(role::equals);
                if (candidate) {
                    byKey.putIfAbsent(process + "/" + task.getTaskDefinitionKey(), task);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * Puts one instance before each user task of the youth case and the adult case that no open
     * task shows yet, with the variables of a running instance of the same process (listeners
     * skipped: the form only reads variables). Returns the instances to delete afterwards.
     */
    private List<String> startEveryUserTaskOfTheCases() {
        List<String> started = new ArrayList<>();
        for (String process : List.of("youthCase", "adultCase")) {
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(process)
                    .latestVersion().singleResult();
            Map<String, Object> variables = new HashMap<>();
            for (ProcessInstance running : runtimeService.createProcessInstanceQuery().processDefinitionKey(process).list()) {
                runtimeService.getVariables(running.getId()).forEach(variables::putIfAbsent);
            }
            Date inAWeek = new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000);
            for (String due : List.of("assessmentDue", "handoverAssessmentDue", "releaseDate", "followUpDue")) {
                variables.putIfAbsent(due, inAWeek);
            }
            variables.putIfAbsent("areas", List.of("HOUSING"));
            for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                if (taskService.createTaskQuery().processDefinitionKey(process).taskDefinitionKey(task.getId()).count() > 0) {
                    continue;
                }
                try {
                    started.add(runtimeService.createProcessInstanceById(definition.getId())
                            .businessKey("KPT-BROWSER-" + task.getId()).setVariables(variables)
                            .startBeforeActivity(task.getId()).execute(true, true).getId());
                } catch (RuntimeException e) {
                    log.warn("Could not put an instance before {} of {}: {}", task.getId(), process, e.getMessage());
                }
            }
        }
        return started;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
