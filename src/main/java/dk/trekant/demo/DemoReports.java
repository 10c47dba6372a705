package dk.trekant.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.reporting.Report;
import dk.trekant.reporting.ReportKind;
import dk.trekant.reporting.Reports;

/**
 * So that the leader's dashboard and the report pages show something at first login: a few weeks of
 * outreach hours for two demo preventers (only when the hour log is empty, so the targeted track's own
 * demo data wins after the merge), last month's status report published with a commentary, and the
 * yearly theme report waiting in the leader's Tasklist ("Godkend statusrapport"). Created once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final Reports reports;
    private final HourLog hourLog;
    private final RuntimeService runtimeService;

    DemoReports(Reports reports, HourLog hourLog, RuntimeService runtimeService) {
        this.reports = reports;
        this.hourLog = hourLog;
        this.runtimeService = runtimeService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!reports.published().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(TrekantZone.get());
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (hourLog.between(thisMonday.minusWeeks(8), today).isEmpty()) {
            // preventer 1 around the strategy's 20-30 hours, preventer 2 below it
            int[][] weeks = {{6, 8, 5, 4}, {7, 6, 4, 5}, {8, 8, 6, 6}, {5, 6, 4, 3}, {3, 4, 3, 2}, {4, 3, 4, 2}};
            for (int w = 0; w < 6; w++) {
                LocalDate monday = thisMonday.minusWeeks(6 - w);
                log(monday, "forebygger", HourKind.HOTSPOT_PRESENCE, weeks[w][0]);
                log(monday.plusDays(1), "forebygger", HourKind.INSTITUTION_OUTREACH, weeks[w][1]);
                log(monday.plusDays(2), "forebygger", HourKind.HOTSPOT_PRESENCE, weeks[w][2]);
                log(monday.plusDays(3), "forebygger", HourKind.WORKPLACE_VISIT, weeks[w][3]);
                log(monday.plusDays(1), "demo-forebygger-2", HourKind.INSTITUTION_OUTREACH, weeks[5 - w][0] + 2);
                log(monday.plusDays(3), "demo-forebygger-2", HourKind.HOTSPOT_PRESENCE, weeks[5 - w][3] + 4);
                log(monday.plusDays(4), "demo-forebygger-2", HourKind.MEETING, 2);
            }
        }
        Report draft = reports.draft(ReportKind.MONTHLY, today, null);
        reports.publish(draft.id(), "Demo-kommentar: her skriver lederen sin vurdering af månedens tal til udvalgene, "
                + "fx om udviklingen i henvendelser og de opsøgende timer.\n\nTallene er beregnet af Trekant.", "leder");
        runtimeService.createMessageCorrelation("reportRequested").setVariable("reportKind", ReportKind.ANNUAL.name())
                .correlateStartMessage();
        log.info("Demo reports created: {} published, the theme report waits for approval", draft.period().label());
    }

    private void log(LocalDate day, String user, HourKind kind, int hours) {
        hourLog.record(user, day, kind, BigDecimal.valueOf(hours), HourSource.OUTREACH_REQUEST, UUID.randomUUID(), null, null);
    }
}
