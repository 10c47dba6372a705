package dk.trekant.individual.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.individual.adultcase.AdultAreaOutcomeRepository;
import dk.trekant.individual.adultcase.AdultCase;
import dk.trekant.individual.adultcase.AdultCaseRepository;
import dk.trekant.individual.adultcase.AdultReferral;
import dk.trekant.individual.adultcase.AdultReferralRepository;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.person.Youth;
import dk.trekant.individual.person.YouthRepository;
import dk.trekant.individual.youthcase.documents.CaseDocumentRepository;
import dk.trekant.individual.youthcase.ParentDialogueRepository;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseRepository;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.privacy.Cpr;
import dk.trekant.privacy.CprProtection;

/**
 * Everything Trekant holds about one person (GDPR art. 15): the person record, every incident,
 * youth case, parent dialogue and document, every adult case with its referrals and areas, and the
 * process variables of their cases. Every export is
 * audit-logged.
 */
@Service
public class DataSubjectExport {

    private final YouthRepository youths;
    private final IncidentRepository incidents;
    private final YouthCaseRepository cases;
    private final ParentDialogueRepository dialogues;
    private final CaseDocumentRepository documents;
    private final AdultCaseRepository adultCases;
    private final AdultReferralRepository referrals;
    private final AdultAreaOutcomeRepository areaOutcomes;
    private final CprProtection cprProtection;
    private final HistoryService historyService;
    private final AuditLog auditLog;

    DataSubjectExport(YouthRepository youths, IncidentRepository incidents, YouthCaseRepository cases,
            ParentDialogueRepository dialogues, CaseDocumentRepository documents, AdultCaseRepository adultCases,
            AdultReferralRepository referrals, AdultAreaOutcomeRepository areaOutcomes, CprProtection cprProtection,
            HistoryService historyService, AuditLog auditLog) {
        this.adultCases = adultCases;
        this.referrals = referrals;
        this.areaOutcomes = areaOutcomes;
        this.youths = youths;
        this.incidents = incidents;
        this.cases = cases;
        this.dialogues = dialogues;
        this.documents = documents;
        this.cprProtection = cprProtection;
        this.historyService = historyService;
        this.auditLog = auditLog;
    }

    public record Person(String cpr, String firstName, String lastName, LocalDate dateOfBirth, String school,
            boolean knownToSocialServices) {
    }

    public record IncidentRecord(String id, String source, String reportedBy, String partnerReference, Instant occurredAt,
            Instant receivedAt, String place, String offenceCategory, String role, String description, int ageAtIncident,
            String track, String caseNumber) {
    }

    public record CaseRecord(String caseNumber, String status, String proposedLevel, String decidedLevel, String urgency,
            String decision, String coordinator, Instant openedAt, Instant assessedAt, Instant closedAt, String outcome,
            LocalDate retentionUntil, List<Map<String, Object>> parentDialogues, List<Map<String, Object>> documents,
            Map<String, Object> processVariables) {
    }

    public record AdultCaseRecord(String caseNumber, String status, LocalDate releaseDate, String consent,
            List<String> areas, String coordinator, Instant openedAt, Instant assessedAt, Instant closedAt, String outcome,
            LocalDate retentionUntil, List<Map<String, Object>> referrals, List<Map<String, Object>> areaOutcomes,
            Map<String, Object> processVariables) {
    }

    public record Export(Instant exportedAt, String exportedBy, Person person, List<IncidentRecord> incidents,
            List<CaseRecord> cases, List<AdultCaseRecord> adultCases) {
    }

    /** The export, or empty when Trekant holds nothing about this CPR number (that is audit-logged too). */
    @Transactional
    public Optional<Export> export(Cpr cpr, String requestedBy) {
        Optional<Youth> found = youths.findByCprHash(cprProtection.lookupHash(cpr));
        if (found.isEmpty()) {
            auditLog.read(requestedBy, AuditEvent.ActorKind.STAFF, AuditEvent.Action.EXPORT, AuditEvent.Subject.YOUTH, null,
                    null, "Indsigt (GDPR art. 15): ingen oplysninger fundet");
            return Optional.empty();
        }
        Youth youth = found.get();
        List<YouthCase> youthCases = cases.findByYouthIdOrderByOpenedAt(youth.getId());
        Map<java.util.UUID, String> caseNumbers = new LinkedHashMap<>();
        youthCases.forEach(c -> caseNumbers.put(c.getId(), c.getCaseNumber()));
        List<IncidentRecord> incidentRecords = incidents.findByYouthIdOrderByOccurredAt(youth.getId()).stream()
                .map(i -> new IncidentRecord(i.getId().toString(), i.getSource().name(), i.getReportedBy(),
                        i.getPartnerReference(), i.getOccurredAt(), i.getReceivedAt(), i.getPlace(),
                        i.getOffenceCategory() == null ? null : i.getOffenceCategory().name(),
                        i.getRole() == null ? null : i.getRole().name(), i.getDescription(), i.getAgeAtIncident(),
                        i.getTrack().name(), caseNumbers.get(i.getCaseId())))
                .toList();
        List<CaseRecord> caseRecords = new ArrayList<>();
        for (YouthCase c : youthCases) {
            List<Map<String, Object>> dialogueRecords = dialogues.findByCaseIdOrderByRecordedAt(c.getId()).stream()
                    .map(d -> Map.<String, Object>of("id", d.getId().toString(), "outcome", d.getOutcome(),
                            "parentsConsent", String.valueOf(d.getParentsConsent()), "youthConsent", String.valueOf(d.getYouthConsent())))
                    .toList();
            List<Map<String, Object>> documentRecords = documents.findByCaseIdOrderByCreatedAt(c.getId()).stream()
                    .map(d -> Map.<String, Object>of("id", d.getId().toString(), "kind", d.getKind().name(), "title", d.getTitle(),
                            "createdAt", d.getCreatedAt().toString(), "html", d.getContentHtml()))
                    .toList();
            caseRecords.add(new CaseRecord(c.getCaseNumber(), c.getStatus().name(), c.getProposedLevel(), c.getDecidedLevel(),
                    c.getUrgency(), c.getDecision(), c.getCoordinator(), c.getOpenedAt(), c.getAssessedAt(), c.getClosedAt(),
                    c.getOutcome(), c.getRetentionUntil(), dialogueRecords, documentRecords, processVariables(c.getCaseNumber())));
            auditLog.read(requestedBy, AuditEvent.ActorKind.STAFF, AuditEvent.Action.EXPORT, AuditEvent.Subject.CASE,
                    c.getId().toString(), c.getCaseNumber(), "Indsigt (GDPR art. 15)");
        }
        List<AdultCaseRecord> adultCaseRecords = new ArrayList<>();
        for (AdultCase c : adultCases.findByPersonIdOrderByOpenedAt(youth.getId())) {
            adultCaseRecords.add(adultCaseRecord(c));
            auditLog.read(requestedBy, AuditEvent.ActorKind.STAFF, AuditEvent.Action.EXPORT, AuditEvent.Subject.CASE,
                    c.getId().toString(), c.getCaseNumber(), "Indsigt (GDPR art. 15)");
        }
        auditLog.read(requestedBy, AuditEvent.ActorKind.STAFF, AuditEvent.Action.EXPORT, AuditEvent.Subject.YOUTH,
                youth.getId().toString(), null, "Indsigt (GDPR art. 15)");
        Person person = new Person(cprProtection.decrypt(youth.getCprEncrypted()).digits(), youth.getFirstName(),
                youth.getLastName(), youth.getDateOfBirth(), youth.getSchool(), youth.isKnownToSocialServices());
        return Optional.of(new Export(Instant.now(), requestedBy, person, incidentRecords, caseRecords, adultCaseRecords));
    }

    private AdultCaseRecord adultCaseRecord(AdultCase c) {
        List<Map<String, Object>> referralRecords = new ArrayList<>();
        for (AdultReferral r : referrals.findByCaseIdOrderByReceivedAt(c.getId())) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", r.getId().toString());
            record.put("kind", r.getKind().name());
            record.put("reportedBy", r.getReportedBy());
            record.put("partnerReference", r.getPartnerReference());
            record.put("receivedAt", r.getReceivedAt().toString());
            record.put("expectedReleaseDate", r.getExpectedReleaseDate() == null ? null : r.getExpectedReleaseDate().toString());
            record.put("institutionKind", r.getInstitutionKind() == null ? null : r.getInstitutionKind().name());
            record.put("institutionName", r.getInstitutionName());
            record.put("reasonCategory", r.getReasonCategory() == null ? null : r.getReasonCategory().name());
            record.put("consentToShare", r.getConsentToShare());
            record.put("description", r.getDescription());
            record.put("cancelledAt", r.getCancelledAt() == null ? null : r.getCancelledAt().toString());
            record.put("incidentId", r.getIncidentId() == null ? null : r.getIncidentId().toString());
            referralRecords.add(record);
        }
        List<Map<String, Object>> outcomes = areaOutcomes.findByCaseIdOrderByRecordedAt(c.getId()).stream()
                .map(o -> Map.<String, Object>of("area", o.getArea(), "outcome", o.getOutcome(),
                        "note", o.getNote() == null ? "" : o.getNote(), "recordedAt", o.getRecordedAt().toString()))
                .toList();
        return new AdultCaseRecord(c.getCaseNumber(), c.getStatus().name(), c.getReleaseDate(), c.getConsent(), c.getAreas(),
                c.getCoordinator(), c.getOpenedAt(), c.getAssessedAt(), c.getClosedAt(), c.getOutcome(), c.getRetentionUntil(),
                referralRecords, outcomes, processVariables(c.getCaseNumber()));
    }

    private Map<String, Object> processVariables(String caseNumber) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).list()) {
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId()).disableBinaryFetching().list()) {
                variables.put(variable.getName(), variable.getValue() == null ? null : variable.getValue().toString());
            }
        }
        return variables;
    }
}
