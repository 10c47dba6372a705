package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;
import java.time.Instant;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dk.trekant.privacy.NoCpr;

/**
 * What a preventer logs for one presence shift. {@code hours} may be left out: it is then the time
 * from start to end. Contacts and observations are free text (a CPR number is refused; never logged).
 */
public record HotspotShiftReport(
        @NotNull Instant startedAt,
        @NotNull Instant endedAt,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hours,
        @Min(0) @Max(1000) Integer contactCount,
        @Size(max = 4000) @PlainText @NoCpr String contacts,
        @Size(max = 4000) @PlainText @NoCpr String observations,
        Boolean policePresent,
        Boolean guardsPresent) {
}
