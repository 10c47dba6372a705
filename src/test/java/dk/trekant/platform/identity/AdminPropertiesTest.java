package dk.trekant.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Outside the demo profile there is no default administrator password: start-up stops and says why. */
class AdminPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(AdminProperties.class)
    static class WithAdminProperties {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(WithAdminProperties.class);

    @Test
    void startUpFailsWithoutAnAdministratorPassword() {
        runner.withPropertyValues("trekant.admin.id=admin").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("TREKANT_ADMIN_PASSWORD")
                    .hasMessageContaining("no default password");
        });
    }

    @Test
    void startUpFailsWithoutAnAdministrator() {
        runner.withPropertyValues("trekant.admin.password=s3cret-from-the-vault").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("TREKANT_ADMIN_USER");
        });
    }

    @Test
    void aConfiguredAdministratorIsAccepted() {
        runner.withPropertyValues("trekant.admin.id=it-drift", "trekant.admin.password=s3cret-from-the-vault")
                .run(context -> assertThat(context.getBean(AdminProperties.class).id()).isEqualTo("it-drift"));
    }
}
