package dk.trekant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.support.TrekantTest;

/**
 * Flyway also reads {@code db/vendor/{vendor}}: on H2 the audit log's identity keeps 1,000 values in
 * memory, so that writing it back is not an extra commit every 32 audit entries (PostgresApplicationTest
 * holds that PostgreSQL does not get the H2 migration).
 */
@TrekantTest
class VendorMigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onH2TheAuditIdentityIsCachedAndEntriesStillCountUp() {
        assertThat(jdbc.queryForObject("select identity_cache from information_schema.columns "
                + "where table_name = 'TREKANT_AUDIT_EVENT' and column_name = 'ID'", Long.class)).isEqualTo(1000L);
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" = '21' and \"success\"",
                Integer.class)).isEqualTo(1);
    }
}
