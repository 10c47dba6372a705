package dk.trekant.individual.retention;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;

import dk.trekant.individual.person.ValidCpr;
import dk.trekant.platform.security.StaffPrincipal;
import dk.trekant.privacy.Cpr;

/**
 * A data subject's right of access (GDPR art. 15): leaders and administrators export everything
 * held about one person. The CPR number goes in the body, never in the URL.
 */
@RestController
@RequestMapping("/api/staff/data-subject-exports")
@Tag(name = "Staff")
@SecurityRequirement(name = "staffBasic")
@PreAuthorize("hasAnyAuthority('GROUP_leder', 'GROUP_camunda-admin')")
class DataSubjectExportController {

    private final DataSubjectExport export;

    DataSubjectExportController(DataSubjectExport export) {
        this.export = export;
    }

    record ExportRequest(@NotBlank @ValidCpr String cpr) {
        @Override
        public String toString() {
            return "ExportRequest[cpr=******-****]";
        }
    }

    @PostMapping
    @Operation(summary = "Everything Trekant holds about one person (by CPR number in the body)")
    DataSubjectExport.Export export(@Validated @RequestBody ExportRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return export.export(Cpr.parse(request.cpr()).orElseThrow(), staff.userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Trekant holds nothing about this person."));
    }
}
