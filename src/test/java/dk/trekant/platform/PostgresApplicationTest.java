package dk.trekant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.PostgresTest;

/** The same application on a real PostgreSQL: Flyway's tables, Camunda's schema, identity and security. */
@PostgresTest
class PostgresApplicationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    IdentityService identityService;

    @Test
    void runsOnPostgresWithFlywayAndCamundaSchemas() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            try (ResultSet flyway = connection.createStatement()
                    .executeQuery("select count(*) from flyway_schema_history where success")) {
                flyway.next();
                assertThat(flyway.getInt(1)).isPositive();
            }
            try (ResultSet h2Only = connection.createStatement()
                    .executeQuery("select count(*) from flyway_schema_history where version = '21'")) {
                h2Only.next();
                assertThat(h2Only.getInt(1)).as("db/vendor/h2 is not applied to PostgreSQL").isZero();
            }
            try (ResultSet partners = connection.createStatement().executeQuery("select count(*) from trekant_partner")) {
                partners.next();
                assertThat(partners.getInt(1)).isGreaterThanOrEqualTo(6);
            }
        }
        assertThat(identityService.createUserQuery().memberOfGroup("koordinator").count()).isEqualTo(1);
    }

    @Test
    void securityHoldsOnPostgres() {
        Http http = new Http(port);
        assertThat(http.get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-definition", Http.basic("leder", "leder")).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/partner", Http.bearer("demo-politi")).statusCode()).isEqualTo(200);
        assertThat(http.webappLogin("tasklist", "forebygger", "forebygger").statusCode()).isEqualTo(200);
        assertThat(new Http(port).webappLogin("cockpit", "forebygger", "forebygger").statusCode()).isIn(401, 403);
    }
}
