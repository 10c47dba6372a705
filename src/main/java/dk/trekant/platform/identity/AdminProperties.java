package dk.trekant.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code trekant.admin.*}: the first administrator. Outside the demo profile there is no default:
 * start-up stops with a message naming the missing setting.
 */
@Validated
@ConfigurationProperties("trekant.admin")
public record AdminProperties(
        @NotBlank(message = "no administrator configured: set TREKANT_ADMIN_USER (trekant.admin.id)") String id,
        @NotBlank(message = "no administrator password configured: set TREKANT_ADMIN_PASSWORD (trekant.admin.password); Trekant has no default password") String password,
        String firstName,
        String lastName) {
}
