package dk.trekant.targeted.outreach;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dk.trekant.intake.Receipt;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.platform.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Outreach requests (udgående opgaver) from workplaces, housing associations, schools, clubs and
 * the police. Each kind of partner may ask for the kinds of outreach that fit it: a workplace for
 * a visit, the police for presence after a serious incident.
 */
@RestController
@RequestMapping("/api/v1/outreach-requests")
@Tag(name = "Outreach requests")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize(OutreachKind.API_AUTHORITIES)
class OutreachRequestController {

    private final OutreachRequestService outreach;

    OutreachRequestController(OutreachRequestService outreach) {
        this.outreach = outreach;
    }

    @PostMapping
    @Operation(summary = "Ask the team for outreach",
            description = """
                    kind: WORKPLACE_VISIT (WORKPLACE, HOUSING, SCHOOL, CLUB), SERIOUS_INCIDENT_PRESENCE (POLICE; acute, \
                    occurredAt required), INSTITUTION_OUTREACH (SCHOOL, CLUB, POLICE). 201 with a receipt; the same \
                    reference again gives 200 and the same receipt, and stores nothing new. A kind your kind of \
                    partner may not ask for: 403 naming the field 'kind'.""")
    ResponseEntity<?> request(@Validated @RequestBody OutreachRequestSubmission submission,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        if (!submission.kind().mayBeRequestedBy(partner.kind())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "A partner of your kind may not ask for this kind of outreach.");
            problem.setTitle("Forbidden");
            problem.setProperty("errors", List.of(new InvalidRequestException.FieldError("kind",
                    "is not a kind of outreach your kind of partner may ask for")));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (submission.kind() == OutreachKind.SERIOUS_INCIDENT_PRESENCE && submission.occurredAt() == null) {
            throw new InvalidRequestException("occurredAt", "is required for presence after a serious incident");
        }
        return outreach.receive(partner, submission).submission().answer("/api/v1/outreach-requests");
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of an outreach request you sent")
    Receipt status(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal partner) {
        return outreach.receipt(partner.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such outreach request of yours."));
    }
}
