package dk.trekant.individual.youthcase;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.platform.time.TrekantZone;

/**
 * Hands out case numbers {@code KPT-<year>-<5 digits>}, counted per year. Numbers are reserved in
 * blocks ({@code trekant.youth-case.case-number-block}, default 100) in a short transaction of their
 * own, so the counter's row lock is never held while a case is being created and most cases cost
 * no extra commit. (On H2 every commit writes the routing batch's pages so far; with blocks of 10 the
 * reservations cost the router more than its own commits.) Each node of a cluster has its own block,
 * so numbers are unique but not strictly in the order cases were opened. A node that stops gives its
 * unused numbers back when no other node has reserved after it; a case that fails, or a block left by
 * a node that crashed, leaves a gap, as case numbers in any registry may.
 */
@Component
public class CaseNumbers implements DisposableBean {

    private final int blockSize;
    private int blockYear;
    private int nextInBlock;
    private int endOfBlock; // exclusive

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @org.springframework.beans.factory.annotation.Value("${trekant.youth-case.case-number-block:100}") int blockSize) {
        this.blockSize = Math.max(1, blockSize);
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    public synchronized String next() {
        int year = LocalDate.now(clock.withZone(TrekantZone.get())).getYear();
        if (year != blockYear || nextInBlock >= endOfBlock) {
            int last;
            try {
                last = ownTransaction.execute(status -> reserve(year));
            } catch (DuplicateKeyException firstOfTheYearTakenConcurrently) {
                last = ownTransaction.execute(status -> reserve(year));
            }
            blockYear = year;
            nextInBlock = last - blockSize + 1;
            endOfBlock = last + 1;
        }
        return format(year, nextInBlock++);
    }

    /** Reserves the next block of the year; returns its last number. */
    private int reserve(int year) {
        int updated = jdbc.update("update trekant_case_number set last_number = last_number + ? where case_year = ?", blockSize, year);
        if (updated == 0) {
            jdbc.update("insert into trekant_case_number (case_year, last_number) values (?, ?)", year, blockSize);
            return blockSize;
        }
        return jdbc.queryForObject("select last_number from trekant_case_number where case_year = ?", Integer.class, year);
    }

    /** Gives the block's unused numbers back, if the counter still ends with this node's block. */
    @Override
    public synchronized void destroy() {
        if (blockYear == 0 || nextInBlock >= endOfBlock) {
            return;
        }
        int year = blockYear;
        int unusedFrom = nextInBlock;
        int lastReserved = endOfBlock - 1;
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update trekant_case_number set last_number = ? where case_year = ? and last_number = ?",
                unusedFrom - 1, year, lastReserved));
        endOfBlock = nextInBlock;
    }

    static String format(int year, int number) {
        return String.format("KPT-%d-%05d", year, number);
    }
}
