package dk.trekant.individual.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.labels.DanishLabels;
import dk.trekant.platform.time.TrekantZone;


/**
 * Reads a person's case file from the tables of the youth and the adult case (read-only, by SQL:
 * the case file is a view across both tracks).
 */
@Component
class CaseFileReader {

    /** A case found by its number: its id, its kind and its person. */
    record CaseRef(UUID id, String caseNumber, String kind, UUID personId) {
    }

    private final JdbcTemplate jdbc;
    private final TaskService taskService;

    CaseFileReader(JdbcTemplate jdbc, TaskService taskService) {
        this.jdbc = jdbc;
        this.taskService = taskService;
    }

    Optional<CaseRef> find(String caseNumber) {
        List<CaseRef> found = jdbc.query("""
                select id, case_number, 'YOUTH', youth_id from trekant_youth_case where case_number = ?
                union all
                select id, case_number, 'ADULT', person_id from trekant_adult_case where case_number = ?""",
                (rs, row) -> new CaseRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class)),
                caseNumber, caseNumber);
        return found.stream().findFirst();
    }

    @Transactional(readOnly = true)
    CaseView read(CaseRef ref) {
        CaseView.Person person = jdbc.queryForObject("""
                select id, first_name, last_name, date_of_birth, school, cpr_hash from trekant_youth where id = ?""",
                (rs, row) -> new CaseView.Person(rs.getString(1), name(rs.getString(2), rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6) != null),
                ref.personId());
        List<CaseView.CaseLine> cases = new ArrayList<>();
        jdbc.query("""
                select case_number, status, opened_at, closed_at, urgency, proposed_level, decided_level, decision, outcome,
                       retention_until
                from trekant_youth_case where youth_id = ?""", rs -> {
            cases.add(caseLine(rs, "Ungesag", rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    ref.caseNumber()));
        }, ref.personId());
        jdbc.query("""
                select case_number, status, opened_at, closed_at, null, null, null, null, outcome, retention_until
                from trekant_adult_case where person_id = ?""", rs -> {
            cases.add(caseLine(rs, "Voksensag", null, null, null, null, ref.caseNumber()));
        }, ref.personId());
        cases.sort(Comparator.comparing(CaseView.CaseLine::openedAt).reversed());
        List<CaseView.IncidentLine> incidents = jdbc.query("""
                select i.occurred_at, i.source, i.offence_category, i.youth_role, i.place, i.description,
                       coalesce(c.case_number, a.case_number)
                from trekant_incident i
                left join trekant_youth_case c on c.id = i.case_id
                left join trekant_adult_case a on a.id = i.case_id
                where i.youth_id = ? order by i.occurred_at desc""",
                (rs, row) -> new CaseView.IncidentLine(instant(rs, 1),
                        DanishLabels.label(DanishLabels.Kind.INCIDENT_SOURCE, rs.getString(2)),
                        DanishLabels.label(DanishLabels.Kind.OFFENCE_CATEGORY, rs.getString(3)),
                        DanishLabels.label(DanishLabels.Kind.YOUTH_ROLE, rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7)),
                ref.personId());
        List<CaseView.DialogueLine> dialogues = jdbc.query("""
                select c.case_number, d.dialogue_date, d.place, d.participants, d.summary_mapping, d.summary_accountability,
                       d.agreed_actions, d.follow_up_agreement, d.outcome, d.recorded_at
                from trekant_parent_dialogue d join trekant_youth_case c on c.id = d.case_id
                where c.youth_id = ? order by d.recorded_at desc""",
                (rs, row) -> new CaseView.DialogueLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        DanishLabels.label(DanishLabels.Kind.DIALOGUE_OUTCOME, rs.getString(9)), instant(rs, 10)),
                ref.personId());
        List<CaseView.DocumentLine> documents = jdbc.query("""
                select d.id, c.case_number, d.title, d.kind, coalesce(d.reviewed_at, d.created_at), d.status, d.reviewed_by,
                       d.sent_channel, d.sent_on
                from trekant_case_document d join trekant_youth_case c on c.id = d.case_id
                where c.youth_id = ? and %s order by d.created_at desc""".formatted(SHOWN),
                (rs, row) -> new CaseView.DocumentLine(rs.getString(1), rs.getString(2), rs.getString(3),
                        documentKind(rs.getString(4)), instant(rs, 5),
                        "APPROVED".equals(rs.getString(6)) ? "Godkendt af " + rs.getString(7) : null,
                        rs.getString(8) == null ? null : DanishLabels.inSentence(DanishLabels.Kind.LETTER_CHANNEL, rs.getString(8)),
                        rs.getObject(9, LocalDate.class)),
                ref.personId());
        return new CaseView(ref.caseNumber(), ref.kind().equals("YOUTH") ? "Ungesag" : "Voksensag", person, incidents,
                cases, dialogues, documents);
    }

    /**
     * Which documents the case file shows: final ones and the approved underretning. A draft, and an
     * underretning the coordinator did not approve, never reach the social worker.
     */
    private static final String SHOWN = "d.status in ('FINAL', 'APPROVED')";

    /** A document of the person's cases (the view lists them all), if the case file shows it. */
    Optional<Document> document(CaseRef ref, UUID documentId) {
        return documents("d.id = ? and c.youth_id = ?", documentId, ref.personId());
    }

    /** A document the case file shows, whoever's it is (for rendering it once it is final). */
    Optional<Document> shownDocument(UUID documentId) {
        return documents("d.id = ?", documentId);
    }

    private Optional<Document> documents(String where, Object... arguments) {
        return jdbc.query("""
                select d.id, c.case_number, d.title, d.kind, d.content_html, coalesce(d.reviewed_at, d.created_at),
                       d.section_reason, d.section_observed, d.section_actions
                from trekant_case_document d join trekant_youth_case c on c.id = d.case_id
                where %s and %s""".formatted(where, SHOWN),
                (rs, row) -> new Document(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9)),
                arguments).stream().findFirst();
    }

    /**
     * A document; {@code createdAt} is when it went out (an underretning: when it was approved). The
     * sections are the approved underretning's text (null for a letter and for older documents).
     */
    record Document(UUID id, String caseNumber, String title, String kind, String html, Instant createdAt,
            String reason, String observed, String actions) {

        /** The template the document is rendered from. */
        String template() {
            return "PARENT_LETTER".equals(kind) ? "parent-letter" : "handover";
        }
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da-DK"));
    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("d. MMMM yyyy 'kl.' HH:mm", java.util.Locale.forLanguageTag("da-DK"));

    /**
     * What a document's template is filled with: the case and the person as they stand, and the
     * incidents of the case received by the time the document was made. No CPR number.
     */
    @Transactional(readOnly = true)
    java.util.Map<String, Object> documentModel(Document document) {
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        model.put("title", document.title());
        model.put("caseNumber", document.caseNumber());
        model.put("date", DATE_TIME.format(document.createdAt().atZone(TrekantZone.get())));
        model.put("reason", document.reason());
        model.put("observed", document.observed());
        model.put("actions", document.actions());
        jdbc.query("""
                select y.first_name, y.last_name, y.date_of_birth, y.school, c.decided_level, c.proposed_level, c.decision, c.id
                from trekant_youth_case c join trekant_youth y on y.id = c.youth_id where c.case_number = ?""", rs -> {
            model.put("name", name(rs.getString(1), rs.getString(2)));
            LocalDate born = rs.getObject(3, LocalDate.class);
            model.put("dateOfBirth", born == null ? null : DATE.format(born));
            model.put("school", rs.getString(4));
            String level = rs.getString(5) != null ? rs.getString(5) : rs.getString(6);
            model.put("level", level == null ? null : DanishLabels.label(DanishLabels.Kind.LEVEL, level));
            model.put("decision", rs.getString(7) == null ? null : DanishLabels.label(DanishLabels.Kind.DECISION, rs.getString(7)));
            model.put("incidents", jdbc.query("""
                    select occurred_at, place, source, offence_category, youth_role, description from trekant_incident
                    where case_id = ? and received_at <= ? order by occurred_at""",
                    (row, n) -> incidentLine(instant(row, 1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6)),
                    rs.getObject(8, UUID.class), Timestamp.from(document.createdAt())));
        }, document.caseNumber());
        return model;
    }

    /** One incident in a sentence: "5. december 2026 kl. 14:30, Taastrup Station — §115-underretning ...: text". */
    static String incidentLine(Instant at, String place, String source, String category, String role, String description) {
        StringBuilder text = new StringBuilder(DATE_TIME.format(at.atZone(TrekantZone.get())));
        if (place != null) {
            text.append(", ").append(place);
        }
        text.append(" — ").append(DanishLabels.inSentence(DanishLabels.Kind.INCIDENT_SOURCE, source));
        if (category != null) {
            text.append(", kategori ").append(DanishLabels.inSentence(DanishLabels.Kind.OFFENCE_CATEGORY, category));
        }
        if (role != null) {
            text.append(", rolle ").append(DanishLabels.inSentence(DanishLabels.Kind.YOUTH_ROLE, role));
        }
        if (description != null && !description.isBlank()) {
            text.append(": ").append(description);
        }
        return text.toString();
    }

    private CaseView.CaseLine caseLine(ResultSet rs, String kind, String urgency, String proposed, String decided,
            String decision, String current) throws SQLException {
        String caseNumber = rs.getString(1);
        String status = rs.getString(2);
        List<CaseView.Deadline> deadlines = "OPEN".equals(status)
                ? taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).orderByDueDate().asc().list().stream()
                        .map(CaseFileReader::deadline).toList()
                : List.of();
        String outcome = rs.getString(9);
        Object retention = rs.getObject(10, LocalDate.class);
        return new CaseView.CaseLine(caseNumber, kind, DanishLabels.label(DanishLabels.Kind.CASE_STATUS, status),
                instant(rs, 3), instant(rs, 4), DanishLabels.label(DanishLabels.Kind.URGENCY, urgency),
                DanishLabels.label(DanishLabels.Kind.LEVEL, proposed), DanishLabels.label(DanishLabels.Kind.LEVEL, decided),
                DanishLabels.label(DanishLabels.Kind.DECISION, decision),
                DanishLabels.label(DanishLabels.Kind.DECISION, outcome), (LocalDate) retention, deadlines,
                caseNumber.equals(current));
    }

    private static CaseView.Deadline deadline(Task task) {
        return new CaseView.Deadline(task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    static String documentKind(String kind) {
        return DanishLabels.label(DanishLabels.Kind.DOCUMENT_KIND, kind);
    }

    static String name(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return name.isEmpty() ? "(navn ikke oplyst)" : name;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
