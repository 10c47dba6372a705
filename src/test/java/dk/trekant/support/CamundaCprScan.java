package dk.trekant.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Checks on PostgreSQL that a CPR number (with or without the dash) reached none of Camunda's variable tables. */
public final class CamundaCprScan {

    private CamundaCprScan() {
    }

    public static void assertNotInCamunda(JdbcTemplate jdbc, String cpr) {
        String digits = cpr.replace("-", "");
        for (String table : List.of("act_hi_varinst", "act_ru_variable", "act_hi_detail")) {
            Long hits = jdbc.queryForObject("select count(*) from " + table + " where text_ like ? or text_ like ? or text2_ like ?",
                    Long.class, "%" + cpr + "%", "%" + digits + "%", "%" + digits + "%");
            assertThat(hits).as(table).isZero();
        }
        Long inBytes = jdbc.queryForObject("select count(*) from act_ge_bytearray where encode(bytes_, 'escape') like ? "
                + "or encode(bytes_, 'escape') like ?", Long.class, "%" + cpr + "%", "%" + digits + "%");
        assertThat(inBytes).as("act_ge_bytearray").isZero();
    }
}
