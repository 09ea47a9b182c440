package nl.koers.trajectory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Trajectories and their cohorts, and the cohort rosters this service projects from enrolment events. */
@SpringBootApplication
public class TrajectoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrajectoryServiceApplication.class, args);
    }
}
