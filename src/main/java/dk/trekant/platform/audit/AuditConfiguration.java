package dk.trekant.platform.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    VariableReadAuditFilter variableReadAudit(AuditLog auditLog, IdentityService identityService, TaskService taskService,
            RuntimeService runtimeService) {
        return new VariableReadAuditFilter(auditLog, identityService, taskService, runtimeService);
    }

    /**
     * For the webapps' REST API, where the user is the one logged into the webapp session.
     * (Engine-rest runs the same filter inside Trekant's security chain, after the user is
     * known: see SecurityConfiguration.)
     */
    @Bean
    FilterRegistrationBean<VariableReadAuditFilter> webappVariableReadAudit(VariableReadAuditFilter filter) {
        FilterRegistrationBean<VariableReadAuditFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setName("trekantVariableReadAudit");
        return registration;
    }
}
