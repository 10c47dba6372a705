package dk.trekant.individual.adultcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The areas the coordinator chose arrive as Tasklist sends them (Json), as a list, or not at all. */
class AdultAreasTest {

    @Test
    void readsTasklistsJsonAListOrNothing() {
        assertThat(RecordAdultAssessmentListener.areas(Spin.JSON("[\"HOUSING\",\"TREATMENT\"]")))
                .containsExactly("HOUSING", "TREATMENT");
        assertThat(RecordAdultAssessmentListener.areas("[\"INCOME\"]")).containsExactly("INCOME");
        assertThat(RecordAdultAssessmentListener.areas(List.of("JOB_EDUCATION"))).containsExactly("JOB_EDUCATION");
        assertThat(RecordAdultAssessmentListener.areas(Set.of())).isEmpty();
        assertThat(RecordAdultAssessmentListener.areas(null)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAList() {
        assertThatThrownBy(() -> RecordAdultAssessmentListener.areas("{\"HOUSING\":true}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordAdultAssessmentListener.areas("HOUSING,INCOME"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
