package nl.koers.enrolment.enrolment.web;

import java.util.UUID;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant's request for a place in a cohort. */
record EnrolRequest(@NotNull UUID cohortId, @Size(max = 2000) String motivation) {
}
