package dk.trekant.individual;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;

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

import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.platform.web.InvalidRequestException.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

/** §115 notifications from the police: one at a time, or the weekly list before the §115 meeting. */
@RestController
@RequestMapping("/api/v1/section115-notifications")
@Tag(name = "§115 notifications")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize("hasAuthority('PARTNER_POLICE')")
class Section115Controller implements DisposableBean {

    static final int MAX_BATCH = 5_000;

    private final IntakeService intake;
    private final ObjectMapper json;
    private final Validator validator;
    /**
     * The items of a weekly list are received in parallel (each in its own transaction, exactly as
     * if sent one by one), by at most {@code trekant.intake.batch-parallelism} threads shared by all
     * batches; the answer keeps the list's order.
     */
    private final ExecutorService batchWorkers;

    Section115Controller(IntakeService intake, ObjectMapper json, Validator validator,
            @Value("${trekant.intake.batch-parallelism:4}") int batchParallelism) {
        this.intake = intake;
        this.json = json;
        this.validator = validator;
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, "intake-batch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.batchWorkers = Executors.newFixedThreadPool(Math.max(1, batchParallelism), named);
    }

    @Override
    public void destroy() {
        batchWorkers.shutdown();
    }

    @PostMapping
    @Operation(summary = "Send one §115 notification",
            description = "201 with a receipt; the same reference again gives 200 and the same receipt, and stores nothing new.")
    ResponseEntity<Receipt> notify(@Validated @RequestBody Section115Notification notification,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        IntakeService.Intake result = intake.receive(notification.toIncident(partner.id(), partner.name()));
        if (result.duplicate()) {
            return ResponseEntity.ok(result.receipt());
        }
        return ResponseEntity.created(URI.create("/api/v1/section115-notifications/" + result.receipt().id()))
                .body(result.receipt());
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
        List<CompletableFuture<BatchItem>> results = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            JsonNode node = batch.items().get(index);
            String reference = node != null && node.hasNonNull("reference") ? node.get("reference").asText() : null;
            List<FieldError> errors = new ArrayList<>();
            Section115Notification notification = read(node, errors);
            if (notification == null) {
                results.add(CompletableFuture.completedFuture(new BatchItem(index, reference, ItemResult.REJECTED, null, errors)));
                continue;
            }
            int position = index;
            NewIncident incident = notification.toIncident(partner.id(), partner.name());
            results.add(CompletableFuture.supplyAsync(() -> {
                IntakeService.Intake result = intake.receive(incident);
                return new BatchItem(position, reference, result.duplicate() ? ItemResult.DUPLICATE : ItemResult.ACCEPTED,
                        result.receipt(), null);
            }, batchWorkers));
        }
        List<BatchItem> items = new ArrayList<>(results.size());
        int accepted = 0;
        int duplicates = 0;
        for (CompletableFuture<BatchItem> result : results) {
            BatchItem item;
            try {
                item = result.join();
            } catch (CompletionException failed) {
                // Items received so far stay received (each committed on its own); the partner resends the list
                // and gets DUPLICATE for those.
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            if (item.result() == ItemResult.ACCEPTED) {
                accepted++;
            } else if (item.result() == ItemResult.DUPLICATE) {
                duplicates++;
            }
            items.add(item);
        }
        return new BatchResult(accepted, duplicates, items.size() - accepted - duplicates, items);
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
