package nl.koers.enrolment;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Participants, their enrolments in cohorts, and each cohort's seats and waitlist. */
@SpringBootApplication
public class EnrolmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrolmentServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
