package dk.trekant.individual.youthcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import dk.trekant.platform.time.TrekantZone;

/** Case numbers in blocks: unique across nodes, and a node that stops gives back what it did not use. */
class CaseNumbersTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private JdbcTemplate jdbc;
    private DataSourceTransactionManager transactions;
    private final int year = LocalDate.now(TrekantZone.get()).getYear();

    @BeforeEach
    void counterTable() {
        dataSource.setURL("jdbc:h2:mem:case-numbers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        jdbc.execute("create table trekant_case_number (case_year integer not null primary key, last_number integer not null)");
    }

    @Test
    void twoNodesTakeBlocksOfTheirOwnAndNumbersAreUnique() {
        CaseNumbers first = new CaseNumbers(jdbc, transactions, 100);
        CaseNumbers second = new CaseNumbers(jdbc, transactions, 100);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            numbers.add(first.next());
            numbers.add(second.next());
        }
        assertThat(numbers).doesNotHaveDuplicates().contains(CaseNumbers.format(year, 1), CaseNumbers.format(year, 101),
                CaseNumbers.format(year, 201), CaseNumbers.format(year, 301));
        assertThat(lastReserved()).isEqualTo(400); // one reservation (commit) per 100 numbers
    }

    @Test
    void aNodeThatStopsGivesItsUnusedNumbersBack() {
        CaseNumbers node = new CaseNumbers(jdbc, transactions, 100);
        assertThat(node.next()).isEqualTo(CaseNumbers.format(year, 1));
        assertThat(node.next()).isEqualTo(CaseNumbers.format(year, 2));
        assertThat(lastReserved()).isEqualTo(100);

        node.destroy();

        assertThat(lastReserved()).isEqualTo(2);
        assertThat(new CaseNumbers(jdbc, transactions, 100).next()).isEqualTo(CaseNumbers.format(year, 3)); // no gap after a restart
    }

    @Test
    void unusedNumbersStayTakenWhenAnotherNodeReservedAfter() {
        CaseNumbers first = new CaseNumbers(jdbc, transactions, 100);
        CaseNumbers second = new CaseNumbers(jdbc, transactions, 100);
        first.next();
        assertThat(second.next()).isEqualTo(CaseNumbers.format(year, 101));

        first.destroy(); // 2..100 are a gap: giving them back would hand out 101.. twice

        assertThat(lastReserved()).isEqualTo(200);
        second.destroy();
        assertThat(lastReserved()).isEqualTo(101);
        assertThat(new CaseNumbers(jdbc, transactions, 100).next()).isEqualTo(CaseNumbers.format(year, 102));
    }

    private int lastReserved() {
        return jdbc.queryForObject("select last_number from trekant_case_number where case_year = ?", Integer.class, year);
    }
}
