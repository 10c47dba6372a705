package dk.trekant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Trekant: the workflow application of a municipal crime-prevention team (Kriminalpræventivt Team). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TrekantApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrekantApplication.class, args);
    }
}
