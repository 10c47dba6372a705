package dk.trekant.individual.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.individual.adultcase.AdultIntakeService;
import dk.trekant.individual.person.PersonRegistry;
import dk.trekant.individual.person.Youth;
import dk.trekant.individual.person.YouthRepository;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseRepository;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.intake.Receipt;
import dk.trekant.intake.ReceiptStatus;
import dk.trekant.intake.Submission;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.persistence.ConcurrentChange;
import dk.trekant.platform.time.StoredClock;
import dk.trekant.platform.time.TrekantZone;

/**
 * Receives notifications and concerns about youths. An incident is stored once per partner
 * reference; the youth is found by the keyed hash of the CPR number (created if new). The
 * {@link IncidentRoute} then takes the incident to its case.
 *
 * <p>A partner's notification is <em>accepted</em>: the youth, the incident and the audit entry
 * are committed together and answered, and the router takes the incident to its case after that
 * commit, through the intake queue ({@link IntakeRouter}) — so a partner waits for one small transaction, and the weekly list is stored hundreds of
 * items per commit. What staff or a meeting enter is <em>received</em>: stored and routed in one
 * transaction, because the caller goes on with the case. Nothing is ever half-stored.
 */
@Service
public class IntakeService {

    /** Items of a weekly list stored per transaction. */
    static final int LIST_CHUNK = 500;

    private final YouthRepository youths;
    private final IncidentRepository incidents;
    private final YouthCaseRepository cases;
    private final PersonRegistry persons;
    private final AdultIntakeService adultIntake;
    private final IncidentRoute route;
    private final IntakeRouter router;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;
    private final int listChunk;
    private final Clock clock = StoredClock.UTC_MICROS;

    IntakeService(YouthRepository youths, IncidentRepository incidents, YouthCaseRepository cases, PersonRegistry persons,
            AdultIntakeService adultIntake, IncidentRoute route, IntakeRouter router, PlatformTransactionManager transactions, AuditLog auditLog,
            @Value("${trekant.intake.list-chunk:" + LIST_CHUNK + "}") int listChunk) {
        this.youths = youths;
        this.incidents = incidents;
        this.cases = cases;
        this.persons = persons;
        this.adultIntake = adultIntake;
        this.route = route;
        this.router = router;
        this.transaction = new TransactionTemplate(transactions);
        this.auditLog = auditLog;
        this.listChunk = Math.max(1, listChunk);
    }

    /**
     * The outcome of an intake: the partner's receipt, the case the incident belongs to (for staff
     * and the process; never shown to partners; a youth case or an adult case; null while a partner's
     * notification waits for the router), and whether the same reference had been received before.
     */
    public record Intake(Receipt receipt, String caseNumber, boolean duplicate) {

        public Submission submission() {
            return new Submission(receipt, duplicate);
        }
    }

    /**
     * Stores one incident and takes it to its case, in one transaction (staff, joint meetings).
     * Two requests racing for the same new youth, case or reference meet at a unique key; the loser
     * retries and then finds what the winner stored.
     */
    public Intake receive(NewIncident request) {
        return ConcurrentChange.inTransaction(transaction, () -> {
            Optional<Incident> existing = sameReference(request);
            if (existing.isPresent()) {
                return new Intake(receiptFor(existing.get()), caseNumberOf(existing.get()), true);
            }
            Incident incident = store(request, clock.instant());
            String caseNumber = route.route(incident);
            audit(request, incident, caseNumber);
            return new Intake(receiptFor(incident), caseNumber, false);
        });
    }

    /**
     * Accepts a partner's notification: stores the youth, the incident, its place in the intake queue
     * and the audit entry, and commits; the router takes it to its case after the commit. The same
     * reference again gives the first receipt and stores nothing.
     */
    public Intake accept(NewIncident request) {
        return router.accepting(() -> ConcurrentChange.inTransaction(transaction, () -> {
            Optional<Incident> existing = sameReference(request);
            if (existing.isPresent()) {
                return new Intake(receiptFor(existing.get()), null, true);
            }
            Incident incident = store(request, clock.instant());
            queue(incident);
            audit(request, incident, null);
            return new Intake(receiptOfNew(incident), null, false);
        }));
    }

    /** A partner's incident waits in the intake queue for its route; one youth's incidents are routed in order. */
    private void queue(Incident incident) {
        router.enqueue(IncidentRoute.KIND, incident.getId(), incident.getYouthId(), incident.getReceivedAt());
    }

    /**
     * Accepts a partner's list (all from one partner), in its order: each item exactly as if sent
     * alone, {@value #LIST_CHUNK} items per transaction. If a chunk meets a concurrent change (the
     * same reference or a new youth sent at the same time), its items are accepted one by one.
     */
    public List<Intake> acceptAll(List<NewIncident> requests) {
        List<Intake> results = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += listChunk) {
            List<NewIncident> chunk = requests.subList(from, Math.min(requests.size(), from + listChunk));
            try {
                results.addAll(router.accepting(() -> transaction.execute(status -> acceptChunk(chunk))));
            } catch (DataIntegrityViolationException | OptimisticLockingException | OptimisticLockingFailureException raced) {
                results.addAll(chunk.stream().map(this::accept).toList()); // each on its own
            }
        }
        return results;
    }

    private List<Intake> acceptChunk(List<NewIncident> chunk) {
        UUID partnerId = chunk.get(0).partnerId();
        List<String> references = chunk.stream().map(NewIncident::partnerReference).filter(Objects::nonNull).distinct().toList();
        Map<String, Incident> byReference = new HashMap<>();
        if (partnerId != null && !references.isEmpty()) {
            incidents.findByPartnerIdAndPartnerReferenceIn(partnerId, references)
                    .forEach(incident -> byReference.put(incident.getPartnerReference(), incident));
        }
        Map<String, Youth> known = persons.knownByCpr(chunk.stream().map(NewIncident::cpr).filter(Objects::nonNull).toList());
        Instant now = clock.instant();
        // First the people (new ones written together), then the incidents that refer to them.
        Youth[] youthOf = new Youth[chunk.size()];
        Set<String> newReferences = new HashSet<>();
        for (int i = 0; i < chunk.size(); i++) {
            NewIncident request = chunk.get(i);
            if (!Objects.equals(request.partnerId(), partnerId)) {
                throw new IllegalArgumentException("a list comes from one partner");
            }
            String reference = request.partnerReference();
            if (reference != null && (byReference.containsKey(reference) || !newReferences.add(reference))) {
                continue; // sent before, or earlier in this list
            }
            youthOf[i] = request.cpr() == null ? youthByNameAndBirth(request, now)
                    : persons.byCpr(request.cpr(), request.firstName(), request.lastName(), request.school(),
                            request.knownToSocialServices(), now, known);
        }
        youths.flush();
        List<Intake> results = new ArrayList<>(chunk.size());
        List<AuditEvent> audit = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            NewIncident request = chunk.get(i);
            if (youthOf[i] == null) {
                Incident earlier = byReference.get(request.partnerReference());
                results.add(new Intake(earlier.getRoutedAt() == null ? receiptOfNew(earlier) : receiptFor(earlier), null, true));
                continue;
            }
            Incident incident = newIncident(request, youthOf[i], now);
            incidents.save(incident);
            queue(incident);
            if (request.partnerReference() != null) {
                byReference.put(request.partnerReference(), incident);
            }
            audit.add(auditEvent(request, incident, null));
            results.add(new Intake(receiptOfNew(incident), null, false));
        }
        incidents.flush();
        auditLog.changes(audit);
        return results;
    }

    private Optional<Incident> sameReference(NewIncident request) {
        if (request.partnerId() == null || request.partnerReference() == null) {
            return Optional.empty();
        }
        return incidents.findByPartnerIdAndPartnerReference(request.partnerId(), request.partnerReference());
    }

    private Incident store(NewIncident request, Instant now) {
        Youth youth = request.cpr() == null ? youthByNameAndBirth(request, now)
                : persons.byCpr(request.cpr(), request.firstName(), request.lastName(), request.school(),
                        request.knownToSocialServices(), now);
        Incident incident = newIncident(request, youth, now);
        return incidents.saveAndFlush(incident);
    }

    private Incident newIncident(NewIncident request, Youth youth, Instant now) {
        int age = youth.ageOn(request.occurredAt().atZone(TrekantZone.get()).toLocalDate());
        return new Incident(youth.getId(), request.source(), request.partnerId(), request.partnerReference(),
                request.reportedBy(), request.occurredAt(), now, request.place(), request.offenceCategory(), request.role(),
                request.description(), age);
    }

    private void audit(NewIncident request, Incident incident, String caseNumber) {
        auditLog.change(auditEvent(request, incident, caseNumber));
    }

    private AuditEvent auditEvent(NewIncident request, Incident incident, String caseNumber) {
        boolean partner = request.partnerId() != null;
        String purpose = switch (request.source()) {
            case SECTION_115 -> "§115-underretning via partner-API";
            case CONCERN -> partner ? "Bekymring via partner-API" : "Bekymring fra medarbejder i Tasklist";
            case JOINT_MEETING -> "Bekymring fra fælles forebyggelsesmøde";
        };
        return new AuditEvent(clock.instant(), request.reportedBy() == null ? "ukendt" : request.reportedBy(),
                partner ? AuditEvent.ActorKind.PARTNER : AuditEvent.ActorKind.STAFF, AuditEvent.Action.CREATE,
                AuditEvent.Subject.INCIDENT, incident.getId().toString(), caseNumber, purpose);
    }

    /** Staff may not know the CPR number: the youth is then the one with the same name and date of birth. */
    private Youth youthByNameAndBirth(NewIncident request, Instant now) {
        List<Youth> same = youths.findByNameAndDateOfBirth(request.firstName(), request.lastName(), request.dateOfBirth());
        if (same.size() == 1) {
            Youth youth = same.get(0);
            youth.update(null, null, request.school(), request.knownToSocialServices());
            return youth;
        }
        return youths.saveAndFlush(new Youth(null, null, request.dateOfBirth(), request.firstName(), request.lastName(),
                request.school(), request.knownToSocialServices(), now));
    }

    private String caseNumberOf(Incident incident) {
        if (incident.getTrack() == Track.ADULT) {
            return adultIntake.caseNumberOf(incident);
        }
        return incident.getCaseId() == null ? null
                : cases.findById(incident.getCaseId()).map(YouthCase::getCaseNumber).orElse(null);
    }

    /** The status of an incident that this partner sent; empty for another partner's incident. */
    public Optional<Receipt> receipt(UUID partnerId, UUID incidentId, IncidentSource source) {
        return transaction.execute(status -> incidents.findById(incidentId)
                .filter(incident -> partnerId.equals(incident.getPartnerId()) && incident.getSource() == source)
                .map(this::receiptFor));
    }

    /** The receipt of an incident not yet routed: received. */
    private static Receipt receiptOfNew(Incident incident) {
        return receipt(incident, null);
    }

    private Receipt receiptFor(Incident incident) {
        if (incident.getTrack() == Track.ADULT) {
            return adultIntake.receiptFor(incident);
        }
        YouthCase youthCase = incident.getCaseId() == null ? null : cases.findById(incident.getCaseId()).orElse(null);
        return receipt(incident, youthCase);
    }

    /** Where a youth's incident stands: received, under assessment, action taken (the decision), closed. */
    static Receipt receipt(Incident incident, YouthCase youthCase) {
        Receipt receipt = Receipt.of(incident.getId(), incident.getPartnerReference(), ReceiptStatus.RECEIVED,
                incident.getReceivedAt());
        if (youthCase == null) {
            return receipt;
        }
        if (!youthCase.isOpen()) {
            return Receipt.of(receipt.id(), receipt.reference(), ReceiptStatus.CLOSED, receipt.receivedAt());
        }
        if (youthCase.getDecision() != null) {
            return Receipt.of(receipt.id(), receipt.reference(), ReceiptStatus.ACTION_TAKEN, receipt.receivedAt())
                    .withAction(youthCase.getDecision());
        }
        if (youthCase.getProposedLevel() != null) {
            return Receipt.of(receipt.id(), receipt.reference(), ReceiptStatus.UNDER_ASSESSMENT, receipt.receivedAt());
        }
        return receipt;
    }
}
