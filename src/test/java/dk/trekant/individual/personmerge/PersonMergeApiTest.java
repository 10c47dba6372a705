package dk.trekant.individual.personmerge;

import dk.trekant.support.TrekantTest;

/** The person merge on H2 (the scenarios are in {@link PersonMergeScenarios}). */
@TrekantTest
class PersonMergeApiTest extends PersonMergeScenarios {
}
