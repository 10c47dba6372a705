package dk.trekant.individual.personmerge;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.PostgresTest;

/** The person merge on embedded PostgreSQL (row locks, the unique keys and the transaction as in production). */
@PostgresTest
class PersonMergePostgresTest extends PersonMergeScenarios {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }
}
