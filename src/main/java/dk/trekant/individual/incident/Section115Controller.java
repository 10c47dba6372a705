package dk.trekant.individual.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import dk.trekant.intake.Receipt;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.platform.web.InvalidRequestException.FieldError;

/** §115 notifications from the police: one at a time, or the weekly list before the §115 meeting. */
@RestController
@RequestMapping("/api/v1/section115-notifications")
@Tag(name = "Section 115 notifications")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize("hasAuthority('PARTNER_POLICE')")
class Section115Controller {

    static final int MAX_BATCH = 5_000;

    private final IntakeService intake;
    private final ObjectMapper json;
    private final Validator validator;

    Section115Controller(IntakeService intake, ObjectMapper json, Validator validator) {
        this.intake = intake;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @Operation(summary = "Send one §115 notification",
            description = "201 with a receipt; the same reference again gives 200 and the same receipt, and stores nothing new.")
    ResponseEntity<Receipt> notify(@Validated @RequestBody Section115Notification notification,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        return intake.accept(notification.toIncident(partner.id(), partner.name())).submission()
                .answer("/api/v1/section115-notifications");
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of a notification you sent")
    Receipt status(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal partner) {
        return intake.receipt(partner.id(), id, IncidentSource.SECTION_115)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such notification of yours."));
    }

    record Batch(@NotNull List<JsonNode> items) {
    }

    enum ItemResult {
        ACCEPTED, DUPLICATE, REJECTED
    }

    record BatchItem(int index, String reference, ItemResult result, Receipt receipt, List<FieldError> errors) {
    }

    record BatchResult(int accepted, int duplicates, int rejected, List<BatchItem> items) {
    }

    @PostMapping("/batches")
    @Operation(summary = "Send the weekly list (up to 5,000 notifications)",
            description = "Each valid item is accepted even when others are rejected; the answer lists each item's result.")
    BatchResult batch(@Validated @RequestBody Batch batch, @AuthenticationPrincipal PartnerPrincipal partner) {
        if (batch.items().size() > MAX_BATCH) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "A batch holds at most " + MAX_BATCH + " notifications; split the list.");
        }
        // Every item is read and checked first; the valid ones are then stored together (in chunks),
        // each exactly as if sent alone. The answer keeps the list's order.
        List<BatchItem> items = new ArrayList<>(Collections.nCopies(batch.items().size(), null));
        List<Integer> validPositions = new ArrayList<>();
        List<NewIncident> valid = new ArrayList<>();
        for (int index = 0; index < batch.items().size(); index++) {
            JsonNode node = batch.items().get(index);
            String reference = node != null && node.hasNonNull("reference") ? echo(node.get("reference").asText()) : null;
            List<FieldError> errors = new ArrayList<>();
            Section115Notification notification = read(node, errors);
            if (notification == null) {
                items.set(index, new BatchItem(index, reference, ItemResult.REJECTED, null, errors));
            } else {
                validPositions.add(index);
                valid.add(notification.toIncident(partner.id(), partner.name()));
            }
        }
        List<IntakeService.Intake> stored = intake.acceptAll(valid);
        int accepted = 0;
        int duplicates = 0;
        for (int i = 0; i < stored.size(); i++) {
            IntakeService.Intake result = stored.get(i);
            int index = validPositions.get(i);
            items.set(index, new BatchItem(index, valid.get(i).partnerReference(),
                    result.duplicate() ? ItemResult.DUPLICATE : ItemResult.ACCEPTED, result.receipt(), null));
            if (result.duplicate()) {
                duplicates++;
            } else {
                accepted++;
            }
        }
        return new BatchResult(accepted, duplicates, items.size() - accepted - duplicates, items);
    }

    /** A rejected item's reference as the answer names it: at most 64 characters (a reference's limit), never more. */
    static String echo(String reference) {
        return reference.length() <= 64 ? reference : reference.substring(0, 64);
    }

    private Section115Notification read(JsonNode node, List<FieldError> errors) {
        Section115Notification notification;
        try {
            notification = json.treeToValue(node, Section115Notification.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : ref.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("item");
            errors.add(new FieldError(field, "has the wrong format or is not one of the allowed values"));
            return null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(new FieldError("item", "cannot be read"));
            return null;
        }
        if (notification == null) {
            errors.add(new FieldError("item", "must not be null"));
            return null;
        }
        validator.validate(notification).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(this::fieldError)
                .forEach(errors::add);
        return errors.isEmpty() ? notification : null;
    }

    private FieldError fieldError(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
