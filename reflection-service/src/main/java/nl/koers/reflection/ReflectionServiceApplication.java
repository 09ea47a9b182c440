package nl.koers.reflection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Participants' reflections, interventions, feedback and evaluations. Its first part is the projection of
 * who belongs to which cohort, which every later feature checks before letting someone write or read.
 */
@SpringBootApplication
public class ReflectionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReflectionServiceApplication.class, args);
    }
}
