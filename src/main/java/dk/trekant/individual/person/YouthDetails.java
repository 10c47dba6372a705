package dk.trekant.individual.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.trekant.platform.web.PlainText;
import dk.trekant.privacy.NoCpr;

/** Who the notification is about. The CPR number is encrypted on arrival and never returned. */
public record YouthDetails(
        @NotBlank @ValidCpr String cpr,
        @Size(max = 100) @PlainText @NoCpr String firstName,
        @Size(max = 100) @PlainText @NoCpr String lastName,
        @Size(max = 200) @PlainText @NoCpr String school) {

    @Override
    public String toString() {
        return "YouthDetails[cpr=******-****]";
    }
}
