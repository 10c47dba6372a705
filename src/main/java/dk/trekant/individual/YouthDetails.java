package dk.trekant.individual;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who the notification is about. The CPR number is encrypted on arrival and never returned. */
public record YouthDetails(
        @NotBlank @ValidCpr String cpr,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String school) {

    @Override
    public String toString() {
        return "YouthDetails[cpr=******-****]";
    }
}
