package dk.trekant.demo;

import java.util.UUID;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.trekant.intake.IntakeRouter;
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.meeting.JointMeetingService;
import dk.trekant.targeted.outreach.OutreachKind;
import dk.trekant.targeted.outreach.OutreachRequestService;
import dk.trekant.targeted.outreach.OutreachRequestSubmission;

/**
 * Targeted work in the demo: three schools that hold joint prevention meetings (with their club and
 * outposted social worker), next week's meetings started (so "Forbered møde" waits in Tasklist), and
 * an open workplace visit from the demo workplace for the preventers to staff. Idempotent.
 */
@Component
@Profile("demo")
@Order(20)
class DemoOutreach implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOutreach.class);
    /** Høje-Taastrup's kommunekode. */
    private static final String MUNICIPALITY = "0169";

    private final JointMeetingService meetings;
    private final OutreachRequestService outreach;
    private final PartnerService partners;
    private final IntakeRouter router;

    DemoOutreach(JointMeetingService meetings, OutreachRequestService outreach, PartnerService partners, IntakeRouter router) {
        this.router = router;
        this.meetings = meetings;
        this.outreach = outreach;
        this.partners = partners;
    }

    @Override
    public void run(ApplicationArguments args) {
        meetings.addSchool("BORG", "Borgerskolen", "Klub Taastrup", "Camilla Hansen", DayOfWeek.TUESDAY, LocalTime.of(14, 0),
                MUNICIPALITY);
        meetings.addSchool("PARK", "Parkvejens Skole", "Klub Parkvejen", "Camilla Hansen", DayOfWeek.WEDNESDAY,
                LocalTime.of(13, 0), MUNICIPALITY);
        meetings.addSchool("TORS", "Torstorp Skole", "Ungdomsklubben Torstorp", "Mikkel Skov", DayOfWeek.THURSDAY,
                LocalTime.of(14, 30), MUNICIPALITY);
        // next week's meetings, once: after that the scheduler plans every second week (a daily restart of the demo
        // must not plan a meeting every week)
        int started = meetings.meetingCount() > 0 ? 0 : meetings.planMeetings(LocalDate.now(TrekantZone.get())).size();

        Partner workplace = partners.byName("demo-arbejdsplads").orElseThrow();
        UUID visit = outreach.receive(new PartnerPrincipal(workplace.getId(), workplace.getName(), workplace.getKind(),
                workplace.getMunicipalityCode()), new OutreachRequestSubmission("DEMO-UDG-0001", OutreachKind.WORKPLACE_VISIT,
                        "Taastrup Bycenter, Netto", "Personalet er utrygt ved grupper af unge ved indgangen om aftenen.",
                        OffsetDateTime.now().plusDays(2).withHour(17).withMinute(0).withSecond(0).withNano(0), null, false)).receipt().id();
        router.routeNow(visit);
        log.info("Demo outreach: schools configured, {} joint prevention meetings started, one workplace visit open", started);
    }
}
