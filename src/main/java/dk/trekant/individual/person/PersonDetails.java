package dk.trekant.individual.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.trekant.platform.web.PlainText;
import dk.trekant.privacy.NoCpr;

/** Who a release notice is about. The CPR number is encrypted on arrival and never returned. */
public record PersonDetails(
        @NotBlank @ValidCpr String cpr,
        @NotBlank @Size(max = 100) @PlainText @NoCpr String firstName,
        @NotBlank @Size(max = 100) @PlainText @NoCpr String lastName) {

    @Override
    public String toString() {
        return "PersonDetails[cpr=******-****]";
    }
}
