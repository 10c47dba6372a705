package dk.trekant.individual.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A case as staff read it in Tasklist's "Sag" tab: the person, every incident of the person, the
 * person's cases (this one and earlier ones) with decisions and deadlines, the parent dialogues'
 * minutes and the documents. Codes come with their Danish labels. No CPR number, not even masked:
 * {@code cprRegistered} says whether one is known.
 */
public record CaseView(String caseNumber, String kind, Person person, List<IncidentLine> incidents, List<CaseLine> cases,
        List<DialogueLine> dialogues, List<DocumentLine> documents) {

    @Schema(name = "CasePerson")
    public record Person(String id, String name, LocalDate dateOfBirth, String school, boolean cprRegistered) {
    }

    public record IncidentLine(Instant occurredAt, String source, String category, String role, String place,
            String description, String caseNumber) {
    }

    /** A case of the person; {@code deadlines} are its open tasks with their due dates. */
    public record CaseLine(String caseNumber, String kind, String status, Instant openedAt, Instant closedAt,
            String urgency, String proposedLevel, String decidedLevel, String decision, String outcome,
            LocalDate retentionUntil, List<Deadline> deadlines, boolean current) {
    }

    public record Deadline(String task, Instant due) {
    }

    public record DialogueLine(String caseNumber, String date, String place, String participants, String mapping,
            String accountability, String agreedActions, String followUp, String outcome, Instant recordedAt) {
    }

    /**
     * A document the case file shows; {@code approval} says who approved an underretning, {@code sentChannel}
     * and {@code sentOn} how and when a letter was sent (recorded by hand; null until then).
     */
    public record DocumentLine(String id, String caseNumber, String title, String kind, Instant createdAt, String approval,
            String sentChannel, LocalDate sentOn) {
    }
}
