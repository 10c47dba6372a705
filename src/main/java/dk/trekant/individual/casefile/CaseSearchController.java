package dk.trekant.individual.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.labels.DanishLabels;
import dk.trekant.platform.security.StaffPrincipal;
import dk.trekant.platform.web.InvalidRequestException;
import dk.trekant.privacy.Cpr;
import dk.trekant.privacy.CprProtection;

/**
 * "Find sag" in Tasklist's header (koordinator and leder): by case number, by name and date of
 * birth, or by CPR number, which is sent in the body, never in an address. Only cases the caller
 * may read are answered; every search is audited (how it searched, never the CPR number), and so is
 * every case it found.
 */
@RestController
@RequestMapping("/api/staff/case-searches")
@Tag(name = "Staff")
@SecurityRequirement(name = "staffBasic")
@PreAuthorize("hasAnyAuthority('GROUP_koordinator', 'GROUP_leder')")
class CaseSearchController {

    /** One way of searching: a case number; a name and a date of birth; or a CPR number. */
    @Schema(name = "CaseSearch")
    record Search(String caseNumber, String name, LocalDate dateOfBirth, String cpr) {
    }

    @Schema(name = "CaseSearchHit")
    record Hit(String caseNumber, String kind, String status, String name, LocalDate dateOfBirth, Instant openedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CaseAccess access;
    private final CprProtection cprProtection;
    private final AuditLog auditLog;

    CaseSearchController(JdbcTemplate jdbc, CaseAccess access, CprProtection cprProtection, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.access = access;
        this.cprProtection = cprProtection;
        this.auditLog = auditLog;
    }

    @PostMapping
    @Operation(summary = "Find cases by case number, by name and date of birth, or by CPR number (koordinator, leder)")
    List<Hit> search(@RequestBody Search search, @AuthenticationPrincipal StaffPrincipal staff) {
        String how;
        String personCondition;
        Object[] arguments;
        boolean byNumber = search.caseNumber() != null && !search.caseNumber().isBlank();
        boolean byName = search.name() != null && !search.name().isBlank();
        boolean byCpr = search.cpr() != null && !search.cpr().isBlank();
        if ((byNumber ? 1 : 0) + (byName ? 1 : 0) + (byCpr ? 1 : 0) != 1) {
            throw new InvalidRequestException("caseNumber", "give one of: caseNumber; name and dateOfBirth; cpr");
        }
        if (byNumber) {
            how = "sagsnummer";
            personCondition = "y.id in (select youth_id from trekant_youth_case where case_number = ? "
                    + "union select person_id from trekant_adult_case where case_number = ?)";
            String number = search.caseNumber().trim().toUpperCase(Locale.ROOT);
            arguments = new Object[] {number, number};
        } else if (byName) {
            if (search.dateOfBirth() == null) {
                throw new InvalidRequestException("dateOfBirth", "required with name");
            }
            how = "navn og fødselsdato";
            personCondition = "lower(trim(coalesce(y.first_name, '') || ' ' || coalesce(y.last_name, ''))) = ? and y.date_of_birth = ?";
            arguments = new Object[] {search.name().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), search.dateOfBirth()};
        } else {
            Cpr cpr = Cpr.parse(search.cpr()).orElseThrow(() -> new InvalidRequestException("cpr", "not a CPR number"));
            how = "CPR-nummer";
            personCondition = "y.cpr_hash = ?";
            arguments = new Object[] {cprProtection.lookupHash(cpr)};
        }
        List<Hit> candidates = new ArrayList<>();
        String select = """
                select c.case_number, '%s', c.status, y.first_name, y.last_name, y.date_of_birth, c.opened_at
                from %s c join trekant_youth y on y.id = c.%s where\s""";
        for (String[] table : new String[][] {{"Ungesag", "trekant_youth_case", "youth_id"},
                {"Voksensag", "trekant_adult_case", "person_id"}}) {
            candidates.addAll(jdbc.query(select.formatted(table[0], table[1], table[2]) + personCondition,
                    (rs, row) -> new Hit(rs.getString(1), rs.getString(2),
                            DanishLabels.label(DanishLabels.Kind.CASE_STATUS, rs.getString(3)),
                            CaseFileReader.name(rs.getString(4), rs.getString(5)), rs.getObject(6, LocalDate.class),
                            rs.getTimestamp(7).toInstant()),
                    arguments));
        }
        List<Hit> hits = candidates.stream()
                .filter(hit -> access.mayRead(staff.userId(), staff.groupIds(), hit.caseNumber()))
                .sorted(java.util.Comparator.comparing(Hit::openedAt).reversed())
                .toList();
        auditLog.read(staff.userId(), AuditEvent.ActorKind.STAFF, AuditEvent.Action.READ, AuditEvent.Subject.CASE, null, null,
                "Find sag efter " + how + ": " + hits.size() + " fundet");
        for (Hit hit : hits) {
            auditLog.read(staff.userId(), AuditEvent.ActorKind.STAFF, AuditEvent.Action.READ, AuditEvent.Subject.CASE, null,
                    hit.caseNumber(), "Fundet ved Find sag (efter " + how + ")");
        }
        return hits;
    }
}
