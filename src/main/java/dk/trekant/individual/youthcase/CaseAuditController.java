package dk.trekant.individual.youthcase;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;

/** Leaders read a case's audit trail: who read or changed its personal data, when and why. */
@RestController
@RequestMapping("/api/staff/cases")
@Tag(name = "Staff")
@SecurityRequirement(name = "staffBasic")
@PreAuthorize("hasAnyAuthority('GROUP_leder', 'GROUP_camunda-admin')")
class CaseAuditController {

    private final AuditLog auditLog;

    CaseAuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/{caseNumber}/audit-trail")
    @Operation(summary = "The audit trail of a case (leaders and administrators)")
    List<AuditEvent> auditTrail(@PathVariable String caseNumber) {
        return auditLog.forCase(caseNumber);
    }
}
