package nl.koers.trajectory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Trajectories and their cohorts, the cohort rosters this service projects from enrolment events, and what
 * happens in a cohort: sessions with their agenda and attendance, instruments, participants' development
 * questions with their stakeholder maps, and private calendar feeds.
 */
@SpringBootApplication
public class TrajectoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrajectoryServiceApplication.class, args);
    }
}
