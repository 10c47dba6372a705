package dk.trekant.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.trekant.partner.PartnerKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/statistics}: a month's figures, aggregate only and with small cells
 * suppressed, computed by the same service as the committees' report. The police (the lokalråd's
 * shared picture) get every section except those that stay inside the team (hours per preventer).
 */
@RestController
@Tag(name = "Statistics")
@SecurityRequirement(name = "partnerToken")
@SecurityRequirement(name = "staffBasic")
@PreAuthorize("hasAnyAuthority('GROUP_leder', 'PARTNER_POLICE')")
class StatisticsController {

    private final ReportFiguresService figures;
    private final ZoneId zone;

    StatisticsController(ReportFiguresService figures, ReportRendering rendering) {
        this.figures = figures;
        this.zone = rendering.zone();
    }

    @GetMapping("/api/v1/statistics")
    @Operation(summary = "A month's figures (aggregate; counts of 1-4 shown as \"<5\"); default last month. "
            + "Leaders (HTTP Basic) and the police (partner token).")
    ReportFigures statistics(@RequestParam(required = false) String month, Authentication caller) {
        YearMonth current = YearMonth.from(LocalDate.now(zone));
        YearMonth wanted;
        if (month == null) {
            wanted = current.minusMonths(1);
        } else {
            wanted = Months.parse("month", month);
        }
        ReportFigures result = figures.compute(ReportPeriod.month(wanted));
        boolean partner = caller.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(PartnerKind.POLICE.authority()));
        return partner ? figures.forPartners(result) : result;
    }
}
