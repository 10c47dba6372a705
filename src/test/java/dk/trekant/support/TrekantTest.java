package dk.trekant.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import trekanttest.PoliceOnlyController;

/**
 * The whole application on a random port, demo profile, on a private in-memory H2, with the
 * metrics endpoint and a police-only test endpoint. Every test class with this annotation and
 * nothing that changes the context shares one context (see the surefire executions in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@AutoConfigureObservability(tracing = false)
@Import(PoliceOnlyController.class)
public @interface TrekantTest {
}
