package dk.trekant.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.trekant.support.TrekantTest;

/** Each group sees the work of its own group and nothing else; leaders see everything. */
@TrekantTest
class GrantsTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void applicationsPerGroup() {
        for (String group : StaffGroups.STAFF) {
            assertThat(canAccess(group, "tasklist")).as(group + " tasklist").isTrue();
            assertThat(canAccess(group, "admin")).as(group + " admin").isFalse();
        }
        assertThat(canAccess(StaffGroups.LEDER, "cockpit")).isTrue();
        assertThat(canAccess(StaffGroups.ADMIN, "cockpit")).isTrue();
        assertThat(canAccess(StaffGroups.ADMIN, "admin")).isTrue();
        for (String group : List.of(StaffGroups.KOORDINATOR, StaffGroups.FOREBYGGER, StaffGroups.KONSULENT,
                StaffGroups.SOCIALRAADGIVER)) {
            assertThat(canAccess(group, "cockpit")).as(group + " cockpit").isFalse();
        }
    }

    @Test
    void aGroupSeesOnlyTheTasksOfItsWorkAndLeadersSeeAll() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("grantsProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("forCoordinators").camundaCandidateGroups(StaffGroups.KOORDINATOR)
                .endEvent()
                .done();
        String deployment = repositoryService.createDeployment().addModelInstance("grants-probe.bpmn", model)
                .deploy().getId();
        try {
            runtimeService.startProcessInstanceByKey("grantsProbe");

            assertThat(tasksVisibleTo("koordinator", StaffGroups.KOORDINATOR)).hasSize(1);
            assertThat(tasksVisibleTo("forebygger", StaffGroups.FOREBYGGER)).isEmpty();
            assertThat(tasksVisibleTo("konsulent", StaffGroups.KONSULENT)).isEmpty();
            assertThat(tasksVisibleTo("socialraadgiver", StaffGroups.SOCIALRAADGIVER)).isEmpty();
            assertThat(tasksVisibleTo("leder", StaffGroups.LEDER)).hasSize(1);

            // A coordinator may claim and complete the task of the coordinators.
            identityService.setAuthentication("koordinator", List.of(StaffGroups.KOORDINATOR));
            Task task = taskService.createTaskQuery().processDefinitionKey("grantsProbe").singleResult();
            taskService.claim(task.getId(), "koordinator");
            taskService.complete(task.getId());
            assertThat(taskService.createTaskQuery().processDefinitionKey("grantsProbe").count()).isZero();
        } finally {
            identityService.clearAuthentication();
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void groupsReadOnlyTheProcessDefinitionsOfTheirWork() {
        assertThat(isAuthorized("koordinator", StaffGroups.KOORDINATOR, Resources.PROCESS_DEFINITION, "youthCase")).isTrue();
        assertThat(isAuthorized("konsulent", StaffGroups.KONSULENT, Resources.PROCESS_DEFINITION, "youthCase")).isFalse();
        assertThat(isAuthorized("konsulent", StaffGroups.KONSULENT, Resources.PROCESS_DEFINITION, "teachingRequest")).isTrue();
        assertThat(isAuthorized("leder", StaffGroups.LEDER, Resources.PROCESS_DEFINITION, "youthCase")).isTrue();
        // Youth cases start only from notifications and concerns; staff raise concerns through staffConcern.
        assertThat(authorizationService.isUserAuthorized("koordinator", List.of(StaffGroups.KOORDINATOR),
                Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "youthCase")).isFalse();
        assertThat(authorizationService.isUserAuthorized("koordinator", List.of(StaffGroups.KOORDINATOR),
                Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "staffConcern")).isTrue();
        assertThat(authorizationService.isUserAuthorized("socialraadgiver", List.of(StaffGroups.SOCIALRAADGIVER),
                Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "staffConcern")).isFalse();
    }

    @Test
    void everyStaffGroupHasItsTasklistFilters() {
        for (String group : StaffGroups.STAFF) {
            identityService.setAuthentication(group, List.of(group));
            List<String> names = filterService.createTaskFilterQuery().list().stream().map(Filter::getName).toList();
            identityService.clearAuthentication();
            assertThat(names).as(group).contains(IdentityBootstrap.FILTER_MY_TASKS, IdentityBootstrap.FILTER_GROUP_TASKS,
                    IdentityBootstrap.FILTER_OVERDUE);
            assertThat(names.contains(IdentityBootstrap.FILTER_ALL_TASKS)).as(group).isEqualTo(group.equals(StaffGroups.LEDER));
        }
    }

    @Test
    void bootstrappingTwiceChangesNothing() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();
        long users = identityService.createUserQuery().count();
        new IdentityBootstrap(identityService, authorizationService, filterService, taskService,
                new AdminProperties("admin", "admin", "Anne", "Vestergaard"),
                new AuthorizationProperties(java.util.Map.of(), java.util.Map.of())).afterPropertiesSet();
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }

    private boolean canAccess(String group, String application) {
        return authorizationService.isUserAuthorized("someone", List.of(group), Permissions.ACCESS,
                Resources.APPLICATION, application);
    }

    private boolean isAuthorized(String user, String group, Resources resource, String id) {
        return authorizationService.isUserAuthorized(user, List.of(group), Permissions.READ, resource, id);
    }

    private List<Task> tasksVisibleTo(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return taskService.createTaskQuery().processDefinitionKey("grantsProbe").list();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
