package dk.trekant.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dk.trekant.general.TeachingStatus;
import dk.trekant.targeted.hotspot.HotspotStatus;
import dk.trekant.targeted.outreach.OutreachStatus;

/** Every intake answers with the one receipt: its statuses, its kind-specific fields, its 201 or 200. */
class OneReceiptTest {

    @Test
    void everyKindsOwnStatusHasItsNameInTheOneVocabulary() {
        for (Enum<?>[] statuses : new Enum<?>[][] { HotspotStatus.values(), OutreachStatus.values(), TeachingStatus.values() }) {
            assertThat(Arrays.stream(statuses).map(ReceiptStatus::of).map(Enum::name))
                    .containsExactlyElementsOf(Arrays.stream(statuses).map(Enum::name).toList());
        }
    }

    @Test
    void theFirstAnswerIs201WithItsAddressAndAResendIs200WithTheSameReceipt() {
        Receipt receipt = Receipt.of(UUID.randomUUID(), "REF-1", ReceiptStatus.PROPOSED, Instant.parse("2026-12-06T10:15:30.123Z"))
                .withPeriod(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 28));

        ResponseEntity<Receipt> first = new Submission(receipt, false).answer("/api/v1/hotspot-proposals");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getLocation()).hasToString("/api/v1/hotspot-proposals/" + receipt.id());
        assertThat(first.getBody()).isSameAs(receipt);

        ResponseEntity<Receipt> again = new Submission(receipt, true).answer("/api/v1/hotspot-proposals");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getHeaders().getLocation()).isNull();
        assertThat(again.getBody()).isEqualTo(first.getBody());
    }

    @Test
    void aKindsOwnFieldsAreAddedAndTheOthersStayNull() {
        Receipt teaching = Receipt.of(UUID.randomUUID(), "SKOLE-7", ReceiptStatus.HELD, Instant.EPOCH)
                .withTeaching(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1));
        assertThat(teaching.plannedDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(teaching.heldOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(teaching.action()).isNull();
        assertThat(teaching.periodFrom()).isNull();
        assertThat(teaching.rejectionReason()).isNull();

        Receipt decided = Receipt.of(UUID.randomUUID(), "POL-1", ReceiptStatus.ACTION_TAKEN, Instant.EPOCH).withAction("COORDINATION");
        assertThat(decided.action()).isEqualTo("COORDINATION");
        assertThat(decided.plannedDate()).isNull();
    }
}
