package dk.trekant.general;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dk.trekant.platform.web.DateWindow;
import dk.trekant.privacy.NoCpr;

/**
 * A school's request for preventive teaching: its own reference (a second request with the same
 * reference is the same request), the grade (0-10), how many classes and pupils, a configured topic
 * ({@code trekant.teaching.topics}) and the period it wishes the teaching in.
 */
public record SchoolTeachingRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "a letter (A-Z, a-z) or digit, then letters, digits and . _ - only") String reference,
        @NotNull @Min(0) @Max(10) @JsonDeserialize(using = WholeNumber.class) Integer grade,
        @NotNull @Min(1) @Max(50) @JsonDeserialize(using = WholeNumber.class) Integer classes,
        @NotNull @Min(1) @Max(2000) @JsonDeserialize(using = WholeNumber.class) Integer pupils,
        @NotBlank @Size(max = 40) String topic,
        @NotNull @DateWindow(latest = "P2Y") LocalDate wishedFrom,
        @NotNull @DateWindow(latest = "P2Y") LocalDate wishedTo,
        @Size(max = 2000) @PlainText @NoCpr String note) {

    TeachingRequest.Wish toWish(String schoolName) {
        return new TeachingRequest.Wish(schoolName, grade, classes, pupils, topic, wishedFrom, wishedTo,
                note == null || note.isBlank() ? null : note.trim());
    }
}
