package dk.trekant.platform.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.authorization.*}: which process definitions (by key) each group works with.
 * A group may read those definitions and start the ones listed under {@code start}. Tasks are
 * visible through Camunda's candidate-group authorizations, so a group sees only its own tasks.
 */
@ConfigurationProperties("trekant.authorization")
public record AuthorizationProperties(Map<String, List<String>> processDefinitions, Map<String, List<String>> start) {

    public AuthorizationProperties {
        processDefinitions = processDefinitions == null ? Map.of() : Map.copyOf(processDefinitions);
        start = start == null ? Map.of() : Map.copyOf(start);
    }
}
