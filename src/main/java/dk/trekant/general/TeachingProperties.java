package dk.trekant.general;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.teaching.*}: the topics a school may ask for and the clocks of a teaching course.
 *
 * @param topics              the topics schools may request (code and the Danish label staff see)
 * @param reminderWorkingDays working days before the planned date that the preventer gets the task
 * @param planningWorkingDays working days the consultant has to plan a new request
 */
@ConfigurationProperties("trekant.teaching")
public record TeachingProperties(List<Topic> topics, Integer reminderWorkingDays, Integer planningWorkingDays) {

    /** A teaching topic: {@code code} is what the API and the variables carry, {@code label} what people read. */
    public record Topic(String code, String label) {
    }

    public TeachingProperties {
        topics = topics == null || topics.isEmpty() ? List.of(
                new Topic("DIGITAL_DANNELSE", "Digital dannelse og deling af billeder"),
                new Topic("RUSMIDLER", "Rusmidler: alkohol, hash og andre stoffer"),
                new Topic("KRIMINALITET_KONSEKVENSER", "Kriminalitet og konsekvenser"),
                new Topic("GRUPPEPRES", "Gruppepres og fællesskaber")) : List.copyOf(topics);
        reminderWorkingDays = reminderWorkingDays == null ? 3 : reminderWorkingDays;
        planningWorkingDays = planningWorkingDays == null ? 10 : planningWorkingDays;
    }

    public Optional<Topic> topic(String code) {
        return topics.stream().filter(topic -> topic.code().equals(code)).findFirst();
    }
}
