package dk.trekant.targeted.outreach;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.intake.Receipt;
import dk.trekant.intake.ReceiptStatus;
import dk.trekant.intake.Submission;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.platform.process.VariableText;
import dk.trekant.platform.persistence.ConcurrentChange;
import dk.trekant.platform.time.StoredClock;

/**
 * Outreach requests (udgående opgaver): received from partners (idempotent on the partner's
 * reference) or entered by staff, staffed by a preventer, and closed with the effort's hours in the
 * team's {@link HourLog}. The process {@code outreachRequest} drives it; this service keeps the record.
 */
@Service
public class OutreachRequestService {


    private final OutreachRequestRepository requests;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar workdays;
    private final OutreachProperties properties;
    private final HourLog hourLog;
    private final TransactionTemplate transaction;
    private final IntakeRouter router;
    private final Clock clock = StoredClock.UTC_MICROS;

    OutreachRequestService(OutreachRequestRepository requests, RuntimeService runtimeService, WorkingDayCalendar workdays,
            OutreachProperties properties, HourLog hourLog, PlatformTransactionManager transactions, IntakeRouter router) {
        this.router = router;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.workdays = workdays;
        this.properties = properties;
        this.hourLog = hourLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The partner's receipt, and whether the same reference had been received before. */
    public record Received(Receipt receipt, String businessKey, boolean duplicate) {

        public Submission submission() {
            return new Submission(receipt, duplicate);
        }
    }

    /**
     * Receives a partner's request: stores it and queues it for the {@link OutreachRequestRoute} in one
     * transaction (the process, message {@code outreachRequest}, starts after the commit). The same
     * reference from the same partner again returns the first receipt; two requests racing with one
     * reference meet at the unique key, and the loser finds the winner's.
     */
    public Received receive(PartnerPrincipal partner, OutreachRequestSubmission submission) {
        return router.accepting(() -> ConcurrentChange.inTransaction(transaction, () -> receiveOnce(partner, submission)));
    }

    private Received receiveOnce(PartnerPrincipal partner, OutreachRequestSubmission submission) {
        Optional<OutreachRequest> existing = requests.findByPartnerIdAndPartnerReference(partner.id(), submission.reference());
        if (existing.isPresent()) {
            return new Received(receipt(existing.get()), existing.get().getBusinessKey(), true);
        }
        Instant now = clock.instant();
        OutreachRequest request = requests.saveAndFlush(new OutreachRequest(partner.id(), submission.reference(),
                partner.name(), partner.kind().name(), partner.municipalityCode(), submission.kind(),
                submission.place().trim(), submission.description().trim(), instant(submission.wantedFrom()),
                instant(submission.occurredAt()), Boolean.TRUE.equals(submission.withPolice()), now,
                staffingDue(submission.kind(), now)));
        router.enqueue(OutreachRequestRoute.KIND, request.getId(), request.getId(), now);
        return new Received(receipt(request), request.getBusinessKey(), false);
    }

    /** Starts the process of a partner's accepted request (the intake queue's route, in the router's transaction). */
    void start(UUID requestId) {
        Optional<OutreachRequest> found = requests.findById(requestId);
        if (found.isEmpty() || found.get().getProcessInstanceId() != null) {
            return; // deleted, or started already
        }
        OutreachRequest request = found.get();
        ProcessInstance instance = runtimeService.createMessageCorrelation(OutreachVariables.START_MESSAGE)
                .processInstanceBusinessKey(request.getBusinessKey())
                .setVariables(variables(request))
                .correlateStartMessage();
        request.startedAs(instance.getId());
    }

    /**
     * A request a staff member entered in Tasklist (the start form of {@code outreachRequest});
     * runs in the engine's transaction. Staff may ask for every kind.
     */
    OutreachRequest registerFromStaff(String staffUser, OutreachKind kind, String place, String description,
            Instant wantedFrom, Instant occurredAt, boolean withPoliceWanted) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        OutreachRequest request = requests.saveAndFlush(new OutreachRequest(null, null, staffUser, OutreachRequest.STAFF,
                null, kind, place, description, wantedFrom, occurredAt, withPoliceWanted, now, staffingDue(kind, now)));
        return request;
    }

    /** Acute (serious incident): within the configured hours, round the clock; others: working days. */
    Instant staffingDue(OutreachKind kind, Instant from) {
        if (kind.isAcute()) {
            return from.plus(Duration.ofHours(properties.acuteStaffingHours()));
        }
        return workdays.after(Date.from(from), properties.staffingWorkingDays()).toInstant();
    }

    /** The variables the process starts with (see processes/targeted/README.md). */
    Map<String, Object> variables(OutreachRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OutreachVariables.REQUEST_ID, request.getId().toString());
        variables.put(OutreachVariables.KIND, request.getKind().name());
        variables.put(OutreachVariables.KIND_LABEL, label(request.getKind()));
        variables.put(OutreachVariables.PLACE, request.getPlace());
        variables.put(OutreachVariables.DESCRIPTION, VariableText.fit(request.getDescription()));
        variables.put(OutreachVariables.REQUESTED_BY, request.getRequestedBy());
        variables.put(OutreachVariables.ACUTE, request.isAcute());
        variables.put(OutreachVariables.STAFFING_DUE, Date.from(request.getStaffingDue()));
        variables.put(OutreachVariables.WITH_POLICE_WANTED, request.isWithPoliceWanted());
        return variables;
    }

    static String label(OutreachKind kind) {
        return switch (kind) {
            case WORKPLACE_VISIT -> "Besøg på arbejdsplads";
            case SERIOUS_INCIDENT_PRESENCE -> "Tilstedeværelse efter voldsom hændelse (akut)";
            case INSTITUTION_OUTREACH -> "Opsøgende arbejde på skole, klub eller forening";
        };
    }

    /** "Bemand opgave" completed: the preventer who took it. */
    void staffed(UUID requestId, String staffUser) {
        OutreachRequest request = requests.findById(requestId).orElseThrow();
        request.staffed(staffUser, clock.instant());
    }

    /** "Registrér indsats" completed: the hours go to the hour log (once per task), the rest to the request. */
    void recordEffort(UUID requestId, String staffUser, String taskId, LocalDate workDate, BigDecimal hours,
            boolean withPolice, Integer contacts, String notes) {
        OutreachRequest request = requests.findById(requestId).orElseThrow();
        hourLog.record(staffUser, workDate, request.getKind().hourKind(), hours, HourSource.OUTREACH_REQUEST,
                request.getId(), taskId, withPolice);
        request.effortRecorded(hours, withPolice, contacts, notes);
    }

    void concernRaised(UUID requestId, String caseNumber) {
        requests.findById(requestId).orElseThrow().concernRaisedIn(caseNumber);
    }

    void complete(UUID requestId) {
        requests.findById(requestId).orElseThrow().completed(clock.instant());
    }

    public Optional<OutreachRequest> find(UUID requestId) {
        return requests.findById(requestId);
    }

    /** The status of a request this partner sent; empty for another partner's request. */
    public Optional<Receipt> receipt(UUID partnerId, UUID requestId) {
        return transaction.execute(status -> requests.findById(requestId)
                .filter(request -> partnerId.equals(request.getPartnerId()))
                .map(OutreachRequestService::receipt));
    }

    /** What a partner gets back for an outreach request, and later reads its status from: no content, no names. */
    static Receipt receipt(OutreachRequest request) {
        return Receipt.of(request.getId(), request.getPartnerReference(), ReceiptStatus.of(request.getStatus()),
                request.getReceivedAt());
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
