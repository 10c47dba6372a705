package dk.trekant.individual.personmerge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import dk.trekant.individual.youthcase.YouthCaseProperties;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.platform.web.InvalidRequestException;

/**
 * Merges two records of one person, in one transaction: the merged record's incidents, youth and
 * adult cases and referrals move to the kept record; of two open youth cases the one named goes on
 * and the other is closed (outcome {@code MERGED}, its process instance deleted through the public
 * {@link RuntimeService#deleteProcessInstance} with a reason that names the kept case); the kept record
 * takes the CPR number (and any blank detail) from the merged one; the merged record is deleted; the
 * merge is recorded in {@code trekant_person_merge} and in the audit trail.
 */
@Service
class PersonMerges {

    /** A person's record, as the merge needs it (no CPR number in clear: the hash and the ciphertext move as they are). */
    private record Person(UUID id, String cprHash, String cprEncrypted, String firstName, String lastName, String school,
            boolean knownToSocialServices) {
    }

    private record OpenCase(UUID id, String caseNumber, UUID personId, String processInstanceId) {
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final AuditLog auditLog;
    private final YouthCaseProperties properties;
    private final Clock clock = Clock.systemUTC();

    PersonMerges(JdbcTemplate jdbc, RuntimeService runtimeService, AuditLog auditLog, YouthCaseProperties properties) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    @Transactional
    public PersonMergeResult merge(PersonMergeRequest request, String staff) {
        request.validate();
        UUID keepId = request.keepPersonId();
        UUID mergeId = request.mergePersonId();
        if (keepId.equals(mergeId)) {
            throw conflict("A person cannot be merged into itself.");
        }
        if (alreadyMerged(keepId) || alreadyMerged(mergeId)) {
            throw conflict("One of the two persons has already been merged into another.");
        }
        // locked in a fixed order, so that two merges of the same persons wait for each other
        Person first = lock(keepId.compareTo(mergeId) < 0 ? keepId : mergeId);
        Person second = lock(keepId.compareTo(mergeId) < 0 ? mergeId : keepId);
        Person keep = first.id().equals(keepId) ? first : second;
        Person merge = first.id().equals(mergeId) ? first : second;
        if (keep.cprHash() != null && merge.cprHash() != null && !keep.cprHash().equals(merge.cprHash())) {
            throw conflict("The two records have different CPR numbers: they are not one person.");
        }
        if (openAdultCases(keepId) > 0 && openAdultCases(mergeId) > 0) {
            throw conflict("Both persons have an open adult case; close one of them first.");
        }
        Instant now = clock.instant();
        Optional<OpenCase> closed = closeOneOfTwoOpenCases(request, keepId, mergeId, now);

        int incidents = jdbc.update("update trekant_incident set youth_id = ? where youth_id = ?", keepId, mergeId);
        int cases = jdbc.update("""
                update trekant_youth_case set youth_id = ?, open_youth_id = case when open_youth_id is null then null else ? end,
                       version = version + 1
                where youth_id = ?""", keepId, keepId, mergeId);
        cases += jdbc.update("""
                update trekant_adult_case set person_id = ?, open_person_id = case when open_person_id is null then null else ? end
                where person_id = ?""", keepId, keepId, mergeId);
        int referrals = jdbc.update("update trekant_adult_referral set person_id = ? where person_id = ?", keepId, mergeId);
        movedInProcesses(mergeId, keepId);

        boolean cprTakenOver = keep.cprHash() == null && merge.cprHash() != null;
        jdbc.update("update trekant_youth set cpr_hash = null, cpr_encrypted = null where id = ?", mergeId);
        jdbc.update("""
                update trekant_youth set cpr_hash = ?, cpr_encrypted = ?, first_name = ?, last_name = ?, school = ?,
                       known_to_social_services = ?
                where id = ?""",
                cprTakenOver ? merge.cprHash() : keep.cprHash(), cprTakenOver ? merge.cprEncrypted() : keep.cprEncrypted(),
                keep.firstName() != null ? keep.firstName() : merge.firstName(),
                keep.lastName() != null ? keep.lastName() : merge.lastName(),
                keep.school() != null ? keep.school() : merge.school(),
                keep.knownToSocialServices() || merge.knownToSocialServices(), keepId);
        jdbc.update("delete from trekant_youth where id = ?", mergeId);

        String keptCase = request.keepCaseNumber() != null ? request.keepCaseNumber() : openYouthCaseNumber(keepId);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into trekant_person_merge (id, kept_person_id, merged_person_id, reason, kept_case_number,
                       closed_case_number, close_reason, incidents_moved, cases_moved, referrals_moved, merged_by, merged_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, keepId, mergeId, request.reason().strip(), keptCase, closed.map(OpenCase::caseNumber).orElse(null),
                request.closeReason() == null ? null : request.closeReason().strip(), incidents, cases, referrals, staff,
                Timestamp.from(now));
        auditLog.change(staff, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE, AuditEvent.Subject.YOUTH,
                keepId.toString(), keptCase, "Personer flettet (" + id + "): " + mergeId + " ind i " + keepId);
        closed.ifPresent(c -> auditLog.change(staff, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE,
                AuditEvent.Subject.CASE, c.id().toString(), c.caseNumber(),
                "Sag lukket ved fletning af personer (" + id + "); fortsætter i " + keptCase));
        return new PersonMergeResult(id, keepId, mergeId, incidents, cases, referrals, keptCase,
                closed.map(OpenCase::caseNumber).orElse(null), cprTakenOver, staff, now);
    }

    private Optional<OpenCase> closeOneOfTwoOpenCases(PersonMergeRequest request, UUID keepId, UUID mergeId, Instant now) {
        List<OpenCase> open = jdbc.query("""
                select id, case_number, youth_id, process_instance_id from trekant_youth_case
                where open_youth_id in (?, ?) order by case_number""",
                (rs, row) -> new OpenCase(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4)), keepId, mergeId);
        if (open.size() < 2) {
            if (request.keepCaseNumber() != null) {
                throw new InvalidRequestException("keepCaseNumber", "only when both persons have an open case");
            }
            return Optional.empty();
        }
        if (request.keepCaseNumber() == null) {
            throw new InvalidRequestException("keepCaseNumber",
                    "is required: both persons have an open case (" + open.get(0).caseNumber() + ", " + open.get(1).caseNumber() + ")");
        }
        OpenCase kept = open.stream().filter(c -> c.caseNumber().equals(request.keepCaseNumber())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("keepCaseNumber", "is not one of the two open cases"));
        OpenCase other = open.get(0) == kept ? open.get(1) : open.get(0);
        LocalDate retention = now.atZone(TrekantZone.get()).toLocalDate().plus(properties.retentionAfterAction());
        jdbc.update("""
                update trekant_youth_case set status = 'CLOSED', open_youth_id = null, closed_at = ?, outcome = 'MERGED',
                       retention_until = ?, version = version + 1
                where id = ?""", Timestamp.from(now), retention, other.id());
        if (other.processInstanceId() != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(other.processInstanceId()).count() > 0) {
            // the reason is kept in Camunda's history: the case numbers only, the staff's own words stay in Trekant's table
            runtimeService.deleteProcessInstance(other.processInstanceId(),
                    "Lukket ved fletning af to personer; sagen fortsætter i " + kept.caseNumber());
        }
        return Optional.of(other);
    }

    /** The running processes of the merged record name the kept one from now on (ids only). */
    private void movedInProcesses(UUID from, UUID to) {
        for (String variable : List.of("youthId", "personId")) {
            runtimeService.createProcessInstanceQuery().variableValueEquals(variable, from.toString()).list()
                    .forEach(instance -> runtimeService.setVariable(instance.getId(), variable, to.toString()));
        }
    }

    private boolean alreadyMerged(UUID personId) {
        return jdbc.queryForObject("select count(*) from trekant_person_merge where merged_person_id = ?", Long.class,
                personId) > 0;
    }

    private Person lock(UUID id) {
        return jdbc.query("""
                select id, cpr_hash, cpr_encrypted, first_name, last_name, school, known_to_social_services
                from trekant_youth where id = ? for update""",
                (rs, row) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)), id)
                .stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person: " + id));
    }

    private int openAdultCases(UUID personId) {
        return jdbc.queryForObject("select count(*) from trekant_adult_case where open_person_id = ?", Integer.class, personId);
    }

    private String openYouthCaseNumber(UUID personId) {
        return jdbc.query("select case_number from trekant_youth_case where open_youth_id = ?", (rs, row) -> rs.getString(1),
                personId).stream().findFirst().orElse(null);
    }

    private static ResponseStatusException conflict(String detail) {
        return new ResponseStatusException(HttpStatus.CONFLICT, detail);
    }
}
