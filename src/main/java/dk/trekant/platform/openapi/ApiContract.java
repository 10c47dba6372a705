package dk.trekant.platform.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every operation of Trekant's own API as the published contract names it: a stable operationId
 * (generated clients name their methods after it) and every status the operation can answer.
 * <p>
 * One table beside the controllers rather than annotations on them: the contract is read and
 * reviewed as a whole, and the controllers keep their logic readable. An operation the table does
 * not know is published without an operationId and fails the OpenAPI lint and tests.
 */
final class ApiContract {

    /** The groups, each a document of its own: {@code /v3/api-docs/{group}}. */
    enum Group {
        PARTNER("partner", "/api/v1/**"), STAFF("staff", "/api/staff/**"), ADMIN("admin", "/api/admin/**");

        final String id;
        final String paths;

        Group(String id, String paths) {
            this.id = id;
            this.paths = paths;
        }
    }

    /**
     * One operation. {@code success} is the schema of a 2xx body where the controller's signature
     * does not tell it (a response that is either a receipt or a problem); null otherwise.
     */
    record Operation(String method, String path, String operationId, String success, List<Integer> statuses) {
        String key() {
            return key(method, path);
        }

        static String key(String method, String path) {
            return method.toUpperCase() + " " + path;
        }
    }

    // What partner operations have in common: 401 without a valid token, 403 for a partner kind the operation does not admit.
    private static final List<Integer> CREATE = List.of(201, 200, 400, 401, 403, 409, 415);
    private static final List<Integer> READ = List.of(200, 400, 401, 403, 404);

    static final List<Operation> OPERATIONS = List.of(
            // Partner API, in the order of the prevention triangle: individual, targeted, general.
            new Operation("POST", "/api/v1/section115-notifications", "sendPoliceNotification", null, CREATE),
            new Operation("POST", "/api/v1/section115-notifications/batches", "sendPoliceNotificationList", null,
                    List.of(200, 400, 401, 403, 413, 415)),
            new Operation("GET", "/api/v1/section115-notifications/{id}", "getPoliceNotification", null, READ),
            new Operation("POST", "/api/v1/concerns", "raiseConcern", null, CREATE),
            new Operation("GET", "/api/v1/concerns/{id}", "getConcern", null, READ),
            new Operation("POST", "/api/v1/release-notifications", "sendReleaseNotification", null, CREATE),
            new Operation("PUT", "/api/v1/release-notifications/{reference}", "updateReleaseNotification", null,
                    List.of(200, 400, 401, 403, 404, 409, 415)),
            new Operation("GET", "/api/v1/release-notifications/{id}", "getReleaseNotification", null, READ),
            new Operation("POST", "/api/v1/hotspot-proposals", "proposeHotspot", null, CREATE),
            new Operation("GET", "/api/v1/hotspot-proposals/{id}", "getHotspotProposal", null, READ),
            new Operation("POST", "/api/v1/outreach-requests", "requestOutreach", "Receipt", CREATE),
            new Operation("GET", "/api/v1/outreach-requests/{id}", "getOutreachRequest", null, READ),
            new Operation("POST", "/api/v1/teaching-requests", "requestTeaching", null, CREATE),
            new Operation("GET", "/api/v1/teaching-requests/{id}", "getTeachingRequest", null, READ),
            new Operation("POST", "/api/v1/teaching-requests/{id}/cancellation", "cancelTeachingRequest", null,
                    List.of(200, 400, 401, 403, 404, 409, 415)),
            new Operation("GET", "/api/v1/partner", "getCallingPartner", null, List.of(200, 401)),
            new Operation("GET", "/api/v1/statistics", "getMonthlyStatistics", null, List.of(200, 400, 401, 403)),
            // Staff API (HTTP Basic)
            new Operation("GET", "/api/staff/cases/{caseNumber}/audit-trail", "getCaseAuditTrail", null,
                    List.of(200, 401, 403)),
            new Operation("GET", "/api/staff/cases/{caseNumber}", "getCaseFile", null, List.of(200, 401, 403, 404)),
            new Operation("GET", "/api/staff/tasks/{taskId}/case", "getCaseFileOfTask", null, List.of(200, 401, 403, 404)),
            new Operation("GET", "/api/staff/cases/{caseNumber}/documents/{documentId}", "getCaseDocument", null,
                    List.of(200, 400, 401, 403, 404)),
            new Operation("GET", "/api/staff/cases/{caseNumber}/documents/{documentId}/pdf", "getCaseDocumentPdf", null,
                    List.of(200, 400, 401, 403, 404)),
            new Operation("POST", "/api/staff/case-searches", "findCases", null, List.of(200, 400, 401, 403, 415)),
            new Operation("POST", "/api/staff/person-merges", "mergePersons", null, List.of(201, 400, 401, 403, 404, 409, 415)),
            new Operation("POST", "/api/staff/data-subject-exports", "exportDataSubject", null,
                    List.of(200, 400, 401, 403, 404, 415)),
            new Operation("GET", "/api/staff/schools", "listSchools", null, List.of(200, 401, 403)),
            new Operation("POST", "/api/staff/schools", "addSchool", null, List.of(201, 400, 401, 403, 409, 415)),
            new Operation("PUT", "/api/staff/schools/{code}", "changeSchool", null, List.of(200, 400, 401, 403, 404, 415)),
            // Admin API (HTTP Basic, camunda-admin)
            new Operation("POST", "/api/admin/partners", "registerPartner", null, List.of(201, 400, 401, 403, 415)),
            new Operation("GET", "/api/admin/partners", "listPartners", null, List.of(200, 401, 403)),
            new Operation("POST", "/api/admin/partners/{id}/token", "rotatePartnerToken", null, List.of(201, 401, 403, 404)),
            new Operation("PUT", "/api/admin/partners/{id}/oauth-client", "linkPartnerOAuthClient", null,
                    List.of(200, 400, 401, 403, 404, 415)),
            new Operation("PUT", "/api/admin/partners/{id}/certificate", "linkPartnerCertificate", null,
                    List.of(200, 400, 401, 403, 404, 415)));

    private static final Map<String, Operation> BY_KEY = OPERATIONS.stream()
            .collect(Collectors.toMap(Operation::key, Function.identity()));

    static Optional<Operation> find(String method, String path) {
        return Optional.ofNullable(BY_KEY.get(Operation.key(method, path)));
    }

    private static final String READ_OWN = "By the id of its receipt. The status only, never what the case contains; "
            + "only your own: another partner's id answers 404.";

    /** The description of operations whose controller gives a summary only. */
    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("getPoliceNotification", READ_OWN),
            Map.entry("getConcern", READ_OWN),
            Map.entry("getReleaseNotification", READ_OWN),
            Map.entry("getOutreachRequest", READ_OWN),
            Map.entry("getCallingPartner", "A way to check a token and its configuration; every partner kind may call it."),
            Map.entry("getMonthlyStatistics", "`month` is yyyy-MM; without it, last month. The police get every section "
                    + "except those internal to the team (e.g. hours per preventer)."),
            Map.entry("getCaseAuditTrail", "Leaders and administrators; every read or change of the case's personal data."),
            Map.entry("listSchools", "Preventers, leaders and administrators."),
            Map.entry("getCaseFile", "Leaders read every case; other staff a case their group has or had a task in. "
                    + "`taskId` names the task it is read from (it must belong to the case). Every read is audited."),
            Map.entry("getCaseFileOfTask", "The case file of the case the task belongs to (Tasklist's Sag tab); audited with the task."),
            Map.entry("findCases", "Coordinators and leaders: by `caseNumber`, by `name` and `dateOfBirth`, or by `cpr` "
                    + "(in the body, never in an address); only cases you may read; audited."),
            Map.entry("mergePersons", "Coordinators and leaders. In one transaction: the merged record's incidents, cases and "
                    + "referrals move to the kept record, of two open youth cases the one named is kept and the other closed "
                    + "(its process ended with the kept case as reason), the kept record takes the CPR number; recorded and audited."),
            Map.entry("getCaseDocumentPdf", "A document of the person's case file as PDF/A-2b (fonts embedded); audited."),
            Map.entry("getCaseDocument", "A document of the person's case file as HTML (text/html; values escaped); audited."),
            Map.entry("exportDataSubject", "A data subject's right of access (GDPR art. 15); leaders and administrators."),
            Map.entry("changeSchool", "Leaders and administrators; applies to meetings planned from then on."),
            Map.entry("addSchool", "Leaders and administrators."),
            Map.entry("registerPartner", "Administrators. The token is in this answer only; Trekant stores its hash."),
            Map.entry("listPartners", "Administrators."),
            Map.entry("rotatePartnerToken", "Administrators. The new token is in this answer only; the previous one works "
                    + "until `previousTokenValidUntil` (trekant.partner.token-rotation-grace). Recorded in the audit trail."),
            Map.entry("linkPartnerOAuthClient", "Administrators. The partner system may then call with access tokens "
                    + "(client credentials) of this client from a trusted issuer. Recorded in the audit trail."),
            Map.entry("linkPartnerCertificate", "Administrators. With mutual TLS on (TREKANT_PARTNER_MTLS), an OCES3 "
                    + "certificate with this subject serial number then acts for the partner. Recorded in the audit trail."));

    /** Where a status means something particular for one operation: "operationId status" to its description. */
    static final Map<String, String> STATUS_DESCRIPTIONS = Map.ofEntries(
            Map.entry("sendPoliceNotificationList 200",
                    "The list was read: each item's result (accepted, duplicate or rejected with its fields), in the list's order."),
            Map.entry("sendPoliceNotificationList 400", "The body is not a list of items (`items` missing or not an array)."),
            Map.entry("sendPoliceNotificationList 413", "More than 5,000 items: split the list. Nothing is stored."),
            Map.entry("requestOutreach 403",
                    "Not admitted: your kind of partner may not use this operation, or may not ask for this `kind` of "
                            + "outreach (then `errors[].field` is `kind`)."),
            Map.entry("updateReleaseNotification 200",
                    "The change is made (or was made already: sending it again changes nothing); the notice's receipt."),
            Map.entry("updateReleaseNotification 404", "No release notice of yours has this reference."),
            Map.entry("updateReleaseNotification 409",
                    "The release was cancelled already, or its case is closed: send a new notice with a new reference."),
            Map.entry("cancelTeachingRequest 200", "Cancelled (or cancelled already): the receipt, status CANCELLED."),
            Map.entry("cancelTeachingRequest 409", "The course was held and can no longer be cancelled."),
            Map.entry("getCallingPartner 200", "The partner the token belongs to."),
            Map.entry("getMonthlyStatistics 400", "`month` is not a month (yyyy-MM)."),
            Map.entry("exportDataSubject 404", "Trekant holds nothing about this person."),
            Map.entry("addSchool 409", "A school with this code exists."),
            Map.entry("findCases 400", "None or more than one way of searching, or a CPR number that is not one (`errors[].field`)."),
            Map.entry("mergePersons 201", "Merged: what moved, which open case was kept and which closed."),
            Map.entry("mergePersons 400", "A field is missing or wrong (`errors[].field`), e.g. `keepCaseNumber` when both "
                    + "persons have an open case. Nothing is stored."),
            Map.entry("mergePersons 404", "No such person."),
            Map.entry("mergePersons 409", "A person merged into itself, a person merged already, two records with different "
                    + "CPR numbers, or two open adult cases. Nothing is stored."),
            Map.entry("getCaseFile 403", "Not a case of your groups (none of them has or had a task in it)."),
            Map.entry("getCaseFile 404", "No such case, or `taskId` is not a task of it."),
            Map.entry("getCaseFileOfTask 403", "Not a case of your groups."),
            Map.entry("getCaseFileOfTask 404", "No such task, or it belongs to no case."),
            Map.entry("changeSchool 404", "No such school."),
            Map.entry("registerPartner 201", "Registered: the partner and its token, shown this once."),
            Map.entry("rotatePartnerToken 404", "No such partner."),
            Map.entry("linkPartnerOAuthClient 404", "No such partner."),
            Map.entry("linkPartnerCertificate 404", "No such partner."));

    /** The partner API's tags in the order of the prevention triangle, then the partner's own and the statistics. */
    static final List<String> PARTNER_TAG_ORDER = List.of("Section 115 notifications", "Concerns", "Release notices",
            "Hotspot proposals", "Outreach requests", "Teaching requests", "Partner", "Statistics");

    private ApiContract() {
    }
}
