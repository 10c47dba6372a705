package dk.trekant.platform.audit;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Audits reads of process variables (a task's form, a process instance's variables) through
 * Tasklist, Cockpit and engine-rest: personal data shown to a person is logged with who, which
 * task or instance, which case and through which path. Runs inside the webapps' and
 * engine-rest's own authentication: for engine-rest the engine knows the user (Trekant's
 * security chain sets it); for the webapps the user is the one logged into the webapp session.
 */
public class VariableReadAuditFilter extends OncePerRequestFilter {

    private static final Pattern TASK_READ = Pattern.compile(".*/task/([^/]+)/(form-variables|variables|rendered-form|deployed-form)(/.*)?");
    private static final Pattern INSTANCE_READ = Pattern.compile(".*/process-instance/([^/]+)/variables(/.*)?");
    private static final String CASE_NUMBER = "caseNumber";
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("/api/engine/engine/([^/]+)/");
    private static final Pattern VARIABLE_QUERY = Pattern.compile(".*/(history/)?variable-instance(/.*)?");

    private final AuditLog auditLog;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    public VariableReadAuditFilter(AuditLog auditLog, IdentityService identityService, TaskService taskService,
            RuntimeService runtimeService) {
        this.auditLog = auditLog;
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher task = TASK_READ.matcher(path);
        Matcher instance = INSTANCE_READ.matcher(path);
        if (task.matches()) {
            Task read = taskService.createTaskQuery().taskId(task.group(1)).singleResult();
            audit(request, AuditEvent.Subject.TASK, task.group(1), read == null ? null : caseNumberOfTask(read.getId()),
                    "Visning af opgave" + (read == null ? "" : " '" + read.getName() + "'") + ": " + request.getMethod() + " " + path);
        } else if (instance.matches()) {
            audit(request, AuditEvent.Subject.VARIABLES, instance.group(1), caseNumber(instance.group(1)),
                    "Visning af procesvariabler: " + request.getMethod() + " " + path);
        } else if (VARIABLE_QUERY.matcher(path).matches()) {
            audit(request, AuditEvent.Subject.VARIABLES, null, null, "Søgning i procesvariabler: " + request.getMethod() + " " + path
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
    }

    private void audit(HttpServletRequest request, AuditEvent.Subject subject, String subjectId, String caseNumber,
            String purpose) {
        auditLog.read(user(request), AuditEvent.ActorKind.STAFF, AuditEvent.Action.READ, subject, subjectId, caseNumber,
                purpose);
    }

    private String user(HttpServletRequest request) {
        Authentication engineUser = identityService.getCurrentAuthentication();
        if (engineUser != null) {
            return engineUser.getUserId();
        }
        // The webapps keep their login in the HTTP session (camunda-webapp's own, documented session model).
        Matcher engine = WEBAPP_ENGINE.matcher(request.getRequestURI());
        HttpSession session = request.getSession(false);
        if (session != null && engine.find()) {
            Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
            org.camunda.bpm.webapp.impl.security.auth.Authentication login =
                    logins == null ? null : logins.getAuthenticationForProcessEngine(engine.group(1));
            if (login != null) {
                return login.getName();
            }
        }
        return "ukendt";
    }

    /**
     * The case a task belongs to: Trekant's processes carry it in the variable {@code caseNumber}
     * (read with the reader's own rights, which just sufficed to read the task).
     */
    private String caseNumberOfTask(String taskId) {
        Object caseNumber = taskService.getVariable(taskId, CASE_NUMBER);
        return caseNumber == null ? null : caseNumber.toString();
    }

    private String caseNumber(String processInstanceId) {
        try {
            Object caseNumber = runtimeService.getVariable(processInstanceId, CASE_NUMBER);
            return caseNumber == null ? null : caseNumber.toString();
        } catch (ProcessEngineException endedOrNotVisible) {
            return null;
        }
    }
}
