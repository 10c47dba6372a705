package dk.trekant.individual.youthcase.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseRepository;

/**
 * "Send informationsbrev til forældre" is a manual step: Trekant makes the letter (PDF/A in the
 * case file), the coordinator sends it by e-Boks/Digital Post, by post or by hand, and records
 * here how and when.
 */
@Service
public class ParentLetters {

    private final CaseDocumentRepository documents;
    private final YouthCaseRepository cases;
    private final AuditLog auditLog;
    private final Clock clock;

    @Autowired
    ParentLetters(CaseDocumentRepository documents, YouthCaseRepository cases, AuditLog auditLog) {
        this(documents, cases, auditLog, Clock.systemUTC());
    }

    ParentLetters(CaseDocumentRepository documents, YouthCaseRepository cases, AuditLog auditLog, Clock clock) {
        this.documents = documents;
        this.cases = cases;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Records how and when the letter was sent.
     *
     * @param channel {@code DIGITAL_POST}, {@code LETTER} or {@code IN_PERSON}
     * @param sentOn  an ISO date ({@code yyyy-MM-dd}, a longer date-time is cut to its date), not in the future
     * @throws InvalidReviewException naming {@code letterChannel} or {@code letterSentOn}
     */
    @Transactional
    public void recordSent(UUID letterId, String channel, String sentOn, String recordedBy) {
        CaseDocument.Channel how = channel(channel);
        LocalDate on = date(sentOn);
        CaseDocument letter = documents.findById(letterId)
                .orElseThrow(() -> new IllegalStateException("unknown document " + letterId));
        LocalDate made = letter.getCreatedAt().atZone(TrekantZone.get()).toLocalDate();
        if (on.isBefore(made)) {
            throw new InvalidReviewException("letterSentOn", "Brevet kan ikke være sendt, før det blev dannet (" + made + ").");
        }
        String who = recordedBy == null ? "ukendt" : recordedBy;
        letter.recordSent(how, on, who);
        String caseNumber = cases.findById(letter.getCaseId()).map(YouthCase::getCaseNumber).orElse(null);
        auditLog.change(who, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE, AuditEvent.Subject.CASE,
                letterId.toString(), caseNumber, "Send informationsbrev til forældre: " + how + " " + on);
    }

    private static CaseDocument.Channel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new InvalidReviewException("letterChannel", "Vælg, hvordan brevet blev sendt.");
        }
        try {
            return CaseDocument.Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new InvalidReviewException("letterChannel", "Ukendt forsendelsesmåde.");
        }
    }

    private LocalDate date(String sentOn) {
        if (sentOn == null || sentOn.isBlank()) {
            throw new InvalidReviewException("letterSentOn", "Skriv datoen, brevet blev sendt.");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(sentOn.length() > 10 ? sentOn.substring(0, 10) : sentOn);
        } catch (DateTimeParseException e) {
            throw new InvalidReviewException("letterSentOn", "Datoen skal skrives som åååå-mm-dd.");
        }
        if (on.isAfter(LocalDate.now(clock.withZone(TrekantZone.get())))) {
            throw new InvalidReviewException("letterSentOn", "Datoen må ikke ligge i fremtiden.");
        }
        return on;
    }
}
