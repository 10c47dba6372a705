package dk.trekant.individual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers {@code KPT-<year>-<5 digits>}, counted per year. Each number is taken
 * in a short transaction of its own, so the counter's row lock is never held while a case is
 * being created; a case that then fails leaves a gap, as case numbers in any registry may.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Europe/Copenhagen");

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    String next() {
        int year = LocalDate.now(clock.withZone(zone)).getYear();
        try {
            return ownTransaction.execute(status -> take(year));
        } catch (DuplicateKeyException firstOfTheYearTakenConcurrently) {
            return ownTransaction.execute(status -> take(year));
        }
    }

    private String take(int year) {
        int updated = jdbc.update("update trekant_case_number set last_number = last_number + 1 where case_year = ?", year);
        if (updated == 0) {
            jdbc.update("insert into trekant_case_number (case_year, last_number) values (?, 1)", year);
            return format(year, 1);
        }
        Integer number = jdbc.queryForObject("select last_number from trekant_case_number where case_year = ?",
                Integer.class, year);
        return format(year, number);
    }

    static String format(int year, int number) {
        return String.format("KPT-%d-%05d", year, number);
    }
}
