package dk.trekant.individual.adultcase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.individual.incident.Incident;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.person.Youth;
import dk.trekant.individual.person.YouthRepository;
import dk.trekant.individual.youthcase.documents.CaseDocuments;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.time.TrekantZone;

/**
 * What the adult case's steps do to the case file: register referrals, record the person's consent
 * and the areas to coordinate, the outcome of each area, and close the case with its retention
 * date. No Camunda types: the delegates translate.
 */
@Service
public class AdultCaseFileService {

    /** The municipal areas the coordinator can coordinate, with their Danish names. */
    static final Map<String, String> AREAS = areas();
    static final Set<String> AREA_OUTCOMES = Set.of("ARRANGED", "PENDING", "NOT_NEEDED", "DECLINED");
    static final Set<String> CONSENTS = Set.of("GIVEN", "REFUSED");

    private final YouthRepository persons;
    private final IncidentRepository incidents;
    private final AdultReferralRepository referrals;
    private final AdultCaseRepository cases;
    private final AdultAreaOutcomeRepository areaOutcomes;
    private final AdultCaseProperties properties;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    AdultCaseFileService(YouthRepository persons, IncidentRepository incidents, AdultReferralRepository referrals,
            AdultCaseRepository cases, AdultAreaOutcomeRepository areaOutcomes, AdultCaseProperties properties,
            AuditLog auditLog) {
        this.persons = persons;
        this.incidents = incidents;
        this.referrals = referrals;
        this.cases = cases;
        this.areaOutcomes = areaOutcomes;
        this.properties = properties;
        this.auditLog = auditLog;
    }

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("HOUSING", "bolig");
        areas.put("INCOME", "forsørgelse");
        areas.put("JOB_EDUCATION", "job og uddannelse");
        areas.put("TREATMENT", "misbrug/psykiatri");
        return Map.copyOf(areas);
    }

    /** The facts of a referral for the coordinator. */
    @Transactional(readOnly = true)
    public AdultReferralFacts register(UUID referralId) {
        AdultReferral referral = referrals.findById(referralId)
                .orElseThrow(() -> new IllegalStateException("unknown referral " + referralId));
        Youth person = persons.findById(referral.getPersonId()).orElseThrow();
        AdultCase adultCase = referral.getCaseId() == null ? null : cases.findById(referral.getCaseId()).orElse(null);
        AdultReferral release = adultCase == null || adultCase.getReleaseReferralId() == null ? null
                : referrals.findById(adultCase.getReleaseReferralId()).orElse(null);
        String summary = switch (referral.getKind()) {
            case RELEASE_NOTICE -> releaseSummary(referral);
            case SECTION_115 -> policeSummary(referral);
        };
        return new AdultReferralFacts(person.getId().toString(), CaseDocuments.name(person), referral.getAgeAtReferral(),
                summary, adultCase == null ? null : adultCase.getReleaseDate(),
                release == null ? null : release.getInstitutionName(),
                release == null || release.getReasonCategory() == null ? null : release.getReasonCategory().label());
    }

    private static String releaseSummary(AdultReferral referral) {
        StringBuilder text = new StringBuilder("Løsladelsesmeddelelse fra Kriminalforsorgen: forventet løsladelse ")
                .append(ReleaseClock.danish(referral.getExpectedReleaseDate())).append(" fra ").append(referral.getInstitutionName())
                .append(" (").append(referral.getInstitutionKind().label()).append("), årsag: ")
                .append(referral.getReasonCategory().label())
                .append(". Samtykke til videregivelse: ")
                .append(Boolean.TRUE.equals(referral.getConsentToShare()) ? "ja" : "nej")
                .append(" (spurgt ").append(ReleaseClock.danish(referral.getConsentRecordedOn())).append(").");
        if (referral.getDescription() != null && !referral.getDescription().isBlank()) {
            text.append(' ').append(referral.getDescription().trim());
        }
        return text.toString();
    }

    private String policeSummary(AdultReferral referral) {
        Incident incident = incidents.findById(referral.getIncidentId()).orElseThrow();
        return "§115-underretning fra politiet: " + CaseDocuments.describe(incident);
    }

    /** Records the coordinator's assessment: the person's consent and, with consent, the areas to coordinate. */
    @Transactional
    public void recordAssessment(UUID caseId, String consent, List<String> areas, String coordinator) {
        if (!CONSENTS.contains(consent)) {
            throw new IllegalArgumentException("consent must be GIVEN or REFUSED");
        }
        for (String area : areas) {
            if (!AREAS.containsKey(area)) {
                throw new IllegalArgumentException("unknown area " + area);
            }
        }
        if ("GIVEN".equals(consent) && areas.isEmpty()) {
            throw new IllegalArgumentException("with consent, choose at least one area to coordinate");
        }
        AdultCase adultCase = adultCase(caseId);
        adultCase.assessed(consent, "GIVEN".equals(consent) ? areas : List.of(), coordinator, clock.instant());
        auditLog.change(coordinator == null ? "ukendt" : coordinator, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE,
                AuditEvent.Subject.CASE, caseId.toString(), adultCase.getCaseNumber(), "Opgave: Vurdér voksenhenvendelse");
    }

    /**
     * Records the outcome of one area and returns the coordination so far, one line per area (the
     * latest outcome of each), for the coordination meeting's form.
     */
    @Transactional
    public String recordAreaOutcome(UUID caseId, String area, String outcome, String note, String coordinator) {
        if (!AREAS.containsKey(area)) {
            throw new IllegalArgumentException("unknown area " + area);
        }
        if (!AREA_OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("unknown outcome " + outcome);
        }
        AdultCase adultCase = adultCase(caseId);
        areaOutcomes.saveAndFlush(new AdultAreaOutcome(caseId, area, outcome, note, coordinator, clock.instant()));
        auditLog.change(coordinator == null ? "ukendt" : coordinator, AuditEvent.ActorKind.STAFF, AuditEvent.Action.CREATE,
                AuditEvent.Subject.CASE, caseId.toString(), adultCase.getCaseNumber(), "Opgave: Koordinér " + AREAS.get(area));
        return coordinationSummary(caseId);
    }

    /** One line per coordinated area with its latest outcome, in the order of {@link #AREAS}'s codes. */
    @Transactional(readOnly = true)
    public String coordinationSummary(UUID caseId) {
        Map<String, AdultAreaOutcome> latest = new LinkedHashMap<>();
        for (AdultAreaOutcome each : areaOutcomes.findByCaseIdOrderByRecordedAt(caseId)) {
            latest.put(each.getArea(), each);
        }
        StringBuilder summary = new StringBuilder();
        for (String area : List.of("HOUSING", "INCOME", "JOB_EDUCATION", "TREATMENT")) {
            AdultAreaOutcome outcome = latest.get(area);
            if (outcome == null) {
                continue;
            }
            summary.append(capitalized(AREAS.get(area))).append(": ").append(outcomeText(outcome.getOutcome()));
            if (outcome.getNote() != null && !outcome.getNote().isBlank()) {
                summary.append(" – ").append(outcome.getNote().trim());
            }
            summary.append('\n');
        }
        return summary.toString().trim();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String outcomeText(String outcome) {
        return switch (outcome) {
            case "ARRANGED" -> "aftalt";
            case "PENDING" -> "afventer";
            case "NOT_NEEDED" -> "ikke nødvendigt";
            case "DECLINED" -> "fravalgt af personen";
            default -> outcome;
        };
    }

    /**
     * Closes the case and returns the date its personal data is to be deleted: the shorter period
     * when nothing was coordinated (no consent, or the release cancelled before any coordination),
     * the longer one after coordination.
     */
    @Transactional
    public LocalDate close(UUID caseId, String outcome) {
        AdultCase adultCase = adultCase(caseId);
        Instant now = clock.instant();
        boolean coordinated = "GIVEN".equals(adultCase.getConsent())
                && !areaOutcomes.findByCaseIdOrderByRecordedAt(caseId).isEmpty();
        LocalDate retention = now.atZone(TrekantZone.get()).toLocalDate()
                .plus(coordinated ? properties.retentionAfterAction() : properties.retentionNoAction());
        adultCase.close(outcome, now, retention);
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.UPDATE, AuditEvent.Subject.CASE,
                caseId.toString(), adultCase.getCaseNumber(), "Luk sag (" + outcome + ", sletning senest " + retention + ")");
        return retention;
    }

    private AdultCase adultCase(UUID caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("unknown adult case " + caseId));
    }
}
