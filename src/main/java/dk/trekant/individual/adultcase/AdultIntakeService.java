package dk.trekant.individual.adultcase;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.individual.incident.Incident;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.intake.Receipt;
import dk.trekant.individual.person.PersonRegistry;
import dk.trekant.individual.person.Youth;
import dk.trekant.individual.youthcase.CaseNumbers;
import dk.trekant.intake.ReceiptStatus;
import dk.trekant.intake.Submission;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.persistence.ConcurrentChange;
import dk.trekant.platform.time.StoredClock;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.privacy.Cpr;

/**
 * Receives what starts or joins an adult case (voksensag / løsladelsesforløb): release notices from
 * Kriminalforsorgen and police notifications about someone 18 or older. A release notice is stored
 * once per partner reference; a person with an open adult case gets the new referral into that case
 * (message {@code adultCaseIncident}), otherwise a new case starts. A release notice's date may
 * move (the case's reminder moves with it) and the release may be cancelled (the case ends).
 */
@Service
public class AdultIntakeService {

    static final String START_RELEASE = "releaseNotification";
    static final String START_POLICE = "adultSection115Notification";
    static final String NEW_REFERRAL = "adultCaseIncident";
    static final String RELEASE_CANCELLED = "releaseCancelled";

    private final AdultReferralRepository referrals;
    private final AdultCaseRepository cases;
    private final PersonRegistry persons;
    private final CaseNumbers caseNumbers;
    private final ReleaseClock releaseClock;
    private final RuntimeService runtimeService;
    private final AdultCaseProperties properties;
    private final AuditLog auditLog;
    private final IntakeRouter router;
    private final TransactionTemplate transaction;
    private final Clock clock = StoredClock.UTC_MICROS;

    AdultIntakeService(AdultReferralRepository referrals, AdultCaseRepository cases, PersonRegistry persons,
            CaseNumbers caseNumbers, ReleaseClock releaseClock, RuntimeService runtimeService,
            AdultCaseProperties properties, AuditLog auditLog, IntakeRouter router, PlatformTransactionManager transactions) {
        this.referrals = referrals;
        this.cases = cases;
        this.persons = persons;
        this.caseNumbers = caseNumbers;
        this.releaseClock = releaseClock;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.auditLog = auditLog;
        this.router = router;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The partner's receipt, the case (never shown to partners) and whether the reference was known. */
    public record AdultIntake(Receipt receipt, String caseNumber, boolean duplicate) {

        public Submission submission() {
            return new Submission(receipt, duplicate);
        }
    }

    /** What became of a change to a release notice. */
    public enum UpdateResult {
        UPDATED, UNCHANGED, UNKNOWN_REFERENCE, ALREADY_CANCELLED, CASE_CLOSED
    }

    public record Update(UpdateResult result, Receipt receipt) {
    }

    /**
     * Accepts a release notice from Kriminalforsorgen: the person, the notice, its place in the intake
     * queue and the audit entry in one transaction; the {@link ReleaseNoticeRoute} then opens or joins
     * the person's adult case after the commit. The same reference again gives the first receipt.
     */
    public AdultIntake receiveRelease(UUID partnerId, String partnerName, ReleaseNotification notice) {
        Cpr cpr = Cpr.parse(notice.person().cpr()).orElseThrow(() -> new IllegalArgumentException("invalid CPR"));
        return router.accepting(() -> ConcurrentChange.inTransaction(transaction, () -> {
            Optional<AdultReferral> existing = referrals.findByPartnerIdAndPartnerReference(partnerId, notice.reference());
            if (existing.isPresent()) {
                AdultReferral known = existing.get();
                return new AdultIntake(receiptFor(known), caseNumberOf(known.getCaseId()), true);
            }
            Instant now = clock.instant();
            Youth person = persons.byCpr(cpr, notice.person().firstName(), notice.person().lastName(), null, false, now);
            int age = person.ageOn(now.atZone(TrekantZone.get()).toLocalDate());
            AdultReferral referral = referrals.saveAndFlush(
                    AdultReferral.releaseNotice(person.getId(), partnerId, notice.reference(), partnerName, now, age, notice));
            router.enqueue(ReleaseNoticeRoute.KIND, referral.getId(), person.getId(), now);
            auditLog.change(partnerName, AuditEvent.ActorKind.PARTNER, AuditEvent.Action.CREATE, AuditEvent.Subject.REFERRAL,
                    referral.getId().toString(), null, "Løsladelsesmeddelelse via partner-API");
            return new AdultIntake(receiptFor(referral), null, false);
        }));
    }

    /**
     * Takes an accepted release notice to its case (the intake queue's route, in the router's
     * transaction): the person's open adult case, or a new one. A release cancelled before it was
     * routed opens no case.
     */
    void routeRelease(UUID referralId) {
        Optional<AdultReferral> found = referrals.findById(referralId);
        if (found.isEmpty() || found.get().getCaseId() != null || found.get().isCancelled()) {
            return; // deleted (retention), routed already, or cancelled while it waited
        }
        boolean joins = cases.findOpenByPerson(found.get().getPersonId()).isPresent();
        AdultCase adultCase = openOrJoin(found.get(), START_RELEASE, clock.instant());
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, joins ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE,
                AuditEvent.Subject.CASE, adultCase.getId().toString(), adultCase.getCaseNumber(),
                joins ? "Løsladelsesmeddelelse føjet til sagen" : "Voksensag oprettet fra løsladelsesmeddelelse");
    }

    /**
     * Takes a police notification about someone 18 or older into the adult flow. Runs inside the
     * caller's intake transaction (the incident is stored there).
     */
    public AdultCase receivePoliceNotification(Incident incident, Instant now) {
        AdultReferral referral = referrals.saveAndFlush(AdultReferral.policeNotification(incident, now));
        return openOrJoin(referral, START_POLICE, now);
    }

    private AdultCase openOrJoin(AdultReferral referral, String startMessage, Instant now) {
        boolean release = referral.getKind() == AdultReferral.Kind.RELEASE_NOTICE;
        Optional<AdultCase> open = cases.findOpenByPerson(referral.getPersonId());
        if (open.isPresent()) {
            AdultCase adultCase = open.get();
            referral.linkTo(adultCase);
            if (release) {
                adultCase.followRelease(referral.getId(), referral.getExpectedReleaseDate());
            }
            referrals.flush();
            cases.flush();
            runtimeService.createMessageCorrelation(NEW_REFERRAL)
                    .processInstanceBusinessKey(adultCase.getCaseNumber())
                    .setVariableLocal(AdultCaseVariables.REFERRAL_ID, referral.getId().toString())
                    .correlate();
            if (release) {
                releaseClock.apply(adultCase);
            }
            return adultCase;
        }
        AdultCase newCase = new AdultCase(caseNumbers.next(), referral.getPersonId(), now);
        if (release) {
            newCase.followRelease(referral.getId(), referral.getExpectedReleaseDate());
        }
        // save merges (the id is assigned): go on with the managed copy it returns
        AdultCase adultCase = cases.saveAndFlush(newCase);
        referral.linkTo(adultCase);
        referrals.flush();
        ProcessInstance instance = runtimeService.createMessageCorrelation(startMessage)
                .processInstanceBusinessKey(adultCase.getCaseNumber())
                .setVariables(Map.of(
                        AdultCaseVariables.CASE_ID, adultCase.getId().toString(),
                        AdultCaseVariables.CASE_NUMBER, adultCase.getCaseNumber(),
                        AdultCaseVariables.REFERRAL_ID, referral.getId().toString(),
                        AdultCaseVariables.ASSESSMENT_WORKING_DAYS, properties.assessmentWorkingDays(),
                        AdultCaseVariables.FOLLOW_UP_PERIOD, properties.followUpPeriod()))
                .correlateStartMessage();
        adultCase.startedAs(instance.getId());
        return adultCase;
    }

    /**
     * Applies Kriminalforsorgen's change to its release notice: a new expected date moves the case's
     * reminder and the release meeting's due date; a cancellation ends the case that follows this
     * release. Sending the same change again changes nothing.
     */
    public Update update(UUID partnerId, String partnerName, String reference, ReleaseUpdate change) {
        return ConcurrentChange.inTransaction(transaction, () -> {
            Optional<AdultReferral> found = referrals.findByPartnerIdAndPartnerReference(partnerId, reference);
            if (found.isEmpty()) {
                return new Update(UpdateResult.UNKNOWN_REFERENCE, null);
            }
            AdultReferral referral = found.get();
            AdultCase adultCase = referral.getCaseId() == null ? null : cases.findById(referral.getCaseId()).orElse(null);
            if (referral.isCancelled()) {
                // The same cancellation again is a resend; anything else is a change to a cancelled release.
                boolean resend = change.isCancellation() && change.cancellationReason() == referral.getCancellationReason();
                return new Update(resend ? UpdateResult.UNCHANGED : UpdateResult.ALREADY_CANCELLED, receiptFor(referral));
            }
            boolean follows = adultCase != null && referral.getId().equals(adultCase.getReleaseReferralId());
            if (change.isCancellation()) {
                referral.cancel(change.cancellationReason(), clock.instant());
                referrals.flush();
                if (follows && adultCase.isOpen()) {
                    runtimeService.createMessageCorrelation(RELEASE_CANCELLED)
                            .processInstanceBusinessKey(adultCase.getCaseNumber())
                            .correlate();
                }
                audit(partnerName, referral, adultCase, "Løsladelse aflyst via partner-API (" + change.cancellationReason() + ")");
                return new Update(UpdateResult.UPDATED, receiptFor(referral));
            }
            if (change.expectedReleaseDate().equals(referral.getExpectedReleaseDate())) {
                return new Update(UpdateResult.UNCHANGED, receiptFor(referral));
            }
            if (adultCase != null && !adultCase.isOpen()) {
                return new Update(UpdateResult.CASE_CLOSED, receiptFor(referral));
            }
            referral.moveRelease(change.expectedReleaseDate());
            if (follows) {
                adultCase.releaseMoved(change.expectedReleaseDate());
                cases.flush();
                releaseClock.apply(adultCase);
            }
            referrals.flush();
            audit(partnerName, referral, adultCase, "Løsladelsesdato ændret via partner-API");
            return new Update(UpdateResult.UPDATED, receiptFor(referral));
        });
    }

    private void audit(String partnerName, AdultReferral referral, AdultCase adultCase, String purpose) {
        auditLog.change(partnerName, AuditEvent.ActorKind.PARTNER, AuditEvent.Action.UPDATE, AuditEvent.Subject.REFERRAL,
                referral.getId().toString(), adultCase == null ? null : adultCase.getCaseNumber(), purpose);
    }

    /** The status of a release notice that this partner sent; empty for another partner's. */
    /** The case number of the case a referral was taken to; empty while it waits in the intake queue. */
    public Optional<String> caseNumberOfReferral(UUID referralId) {
        return referrals.findById(referralId).map(AdultReferral::getCaseId).map(this::caseNumberOf);
    }

    public Optional<Receipt> releaseReceipt(UUID partnerId, UUID referralId) {
        return transaction.execute(status -> referrals.findById(referralId)
                .filter(referral -> partnerId.equals(referral.getPartnerId()))
                .map(this::receiptFor));
    }

    /** The receipt of a police notification about an adult (the incident's id and reference). */
    public Receipt receiptFor(Incident incident) {
        AdultCase adultCase = referrals.findByIncidentId(incident.getId())
                .map(AdultReferral::getCaseId)
                .flatMap(cases::findById)
                .orElse(null);
        return receipt(incident.getId(), incident.getPartnerReference(), incident.getReceivedAt(), adultCase, false);
    }

    public String caseNumberOf(Incident incident) {
        return referrals.findByIncidentId(incident.getId()).map(AdultReferral::getCaseId).map(this::caseNumberOf).orElse(null);
    }

    private Receipt receiptFor(AdultReferral referral) {
        AdultCase adultCase = referral.getCaseId() == null ? null : cases.findById(referral.getCaseId()).orElse(null);
        return receipt(referral.getId(), referral.getPartnerReference(), referral.getReceivedAt(), adultCase,
                referral.isCancelled());
    }

    /**
     * The receipt of something that went to the adult flow: assessed while the person's consent is
     * not yet recorded, {@code ACTION_TAKEN} (COORDINATION) once the person has agreed to the
     * coordination, {@code CANCELLED} when Kriminalforsorgen cancelled the release.
     */
    static Receipt receipt(UUID id, String reference, Instant receivedAt, AdultCase adultCase, boolean cancelled) {
        if (cancelled) {
            return Receipt.of(id, reference, ReceiptStatus.CANCELLED, receivedAt);
        } else if (adultCase == null) {
            return Receipt.of(id, reference, ReceiptStatus.RECEIVED, receivedAt);
        } else if (!adultCase.isOpen()) {
            return Receipt.of(id, reference, ReceiptStatus.CLOSED, receivedAt);
        } else if ("GIVEN".equals(adultCase.getConsent())) {
            return Receipt.of(id, reference, ReceiptStatus.ACTION_TAKEN, receivedAt).withAction("COORDINATION");
        }
        return Receipt.of(id, reference, ReceiptStatus.UNDER_ASSESSMENT, receivedAt);
    }

    private String caseNumberOf(UUID caseId) {
        return caseId == null ? null : cases.findById(caseId).map(AdultCase::getCaseNumber).orElse(null);
    }

    /** How many adult cases there are (the demo data is made once, on an empty database). */
    public long caseCount() {
        return cases.count();
    }
}
