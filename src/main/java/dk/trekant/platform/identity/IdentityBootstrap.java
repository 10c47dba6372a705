package dk.trekant.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the team's groups, the first administrator, the Tasklist filters and every group's
 * grants at start, idempotently: each group gets what its work needs and nothing more.
 * Runs before the web server opens.
 */
@Component
public class IdentityBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    static final String FILTER_MY_TASKS = "Mine opgaver";
    static final String FILTER_GROUP_TASKS = "Gruppens opgaver";
    static final String FILTER_OVERDUE = "Overskredne";
    static final String FILTER_ALL_TASKS = "Alle opgaver";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final AdminProperties admin;
    private final AuthorizationProperties grants;

    IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, AdminProperties admin,
            AuthorizationProperties grants) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.admin = admin;
        this.grants = grants;
    }

    @Override
    public void afterPropertiesSet() {
        for (String group : StaffGroups.STAFF) {
            ensureGroup(group);
        }
        ensureGroup(StaffGroups.ADMIN);
        ensureAdministrator();
        grantAdministrators();
        grantStaff();
        grantLeaders();
        ensureFilters();
        log.info("Groups, grants and Tasklist filters are in place");
    }

    /** Adds a user to the team, idempotently; used by the demo profile and by tests. */
    public void ensureUser(String userId, String password, String firstName, String lastName, String email,
            String... groupIds) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword(password);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identityService.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    private void ensureGroup(String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(StaffGroups.displayName(groupId));
            group.setType(StaffGroups.ADMIN.equals(groupId) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /** The configured administrator; an existing one keeps the password it has (it may have been changed in Admin). */
    private void ensureAdministrator() {
        ensureUser(admin.id(), admin.password(), admin.firstName(), admin.lastName(), null, StaffGroups.ADMIN);
    }

    private void grantAdministrators() {
        for (Resource resource : Resources.values()) {
            grant(StaffGroups.ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    private void grantStaff() {
        for (String group : StaffGroups.STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Names of colleagues (assignees, candidate groups) are shown in Tasklist.
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            for (String key : grants.processDefinitions().getOrDefault(group, List.of())) {
                grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ);
            }
            List<String> startable = grants.start().getOrDefault(group, List.of());
            for (String key : startable) {
                grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE);
            }
            if (!startable.isEmpty()) {
                grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
        }
    }

    /** Leaders monitor everything in Cockpit: read access to all definitions, instances, tasks and history. */
    private void grantLeaders() {
        String leder = StaffGroups.LEDER;
        grant(leder, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(leder, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(leder, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(leder, Resources.TASK, ANY, Permissions.READ);
        grant(leder, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(leder, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(leder, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(leder, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(leder, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }

    private void ensureFilters() {
        Filter mine = ensureFilter(FILTER_MY_TASKS, -10, "Opgaver tildelt mig",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter group = ensureFilter(FILTER_GROUP_TASKS, -5, "Opgaver til mine grupper, som ingen har taget",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        Filter overdue = ensureFilter(FILTER_OVERDUE, 0, "Mine og mine gruppers opgaver, hvis frist er overskredet",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}"));
        Filter all = ensureFilter(FILTER_ALL_TASKS, 10, "Alle åbne opgaver (ledelsen)",
                taskService.createTaskQuery());
        for (String staff : StaffGroups.STAFF) {
            grant(staff, Resources.FILTER, mine.getId(), Permissions.READ);
            grant(staff, Resources.FILTER, group.getId(), Permissions.READ);
            grant(staff, Resources.FILTER, overdue.getId(), Permissions.READ);
        }
        grant(StaffGroups.LEDER, Resources.FILTER, all.getId(), Permissions.READ);
    }

    /** Task variables every filter shows under a task's name (set on each new task of a case: individual.casefile.TaskListLabels). */
    public static final String LIST_CASE_NUMBER = "listCaseNumber";
    public static final String LIST_NAME = "listName";

    /**
     * What every filter shows on each task beside its name, so that tasks can be told apart: the case
     * number, led by the urgency when acute ("Akut · KPT-2026-00012"), and the person's name (Tasklist shows
     * two variables on a task until it is unfolded). A variable a task does not have is left out.
     */
    static final List<Map<String, String>> LIST_VARIABLES = List.of(
            Map.of("name", LIST_CASE_NUMBER, "label", "Sag"),
            Map.of("name", LIST_NAME, "label", "Navn"));

    private Filter ensureFilter(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
                "variables", LIST_VARIABLES, "showUndefinedVariable", false);
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!LIST_VARIABLES.equals(existing.getProperties().get("variables"))) {
                // a filter made before the list showed variables gets them; its query stays as it is
                Map<String, Object> updated = new java.util.HashMap<>(existing.getProperties());
                updated.put("variables", LIST_VARIABLES);
                updated.put("showUndefinedVariable", false);
                return filterService.saveFilter(existing.setProperties(updated));
            }
            return existing;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(admin.id())
                .setQuery(query)
                .setProperties(properties);
        return filterService.saveFilter(filter);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
