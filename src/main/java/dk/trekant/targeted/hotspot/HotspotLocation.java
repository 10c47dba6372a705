package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import dk.trekant.privacy.NoCpr;

/** Where a proposed hotspot is: an address, or coordinates (WGS 84, decimal degrees), or both. */
public record HotspotLocation(
        @Size(max = 300) @PlainText @NoCpr String address,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

    /** An address, or both coordinates. */
    boolean isGiven() {
        return (address != null && !address.isBlank()) || (latitude != null && longitude != null);
    }
}
