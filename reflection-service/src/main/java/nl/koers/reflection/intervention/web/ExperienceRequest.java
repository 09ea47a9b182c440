package nl.koers.reflection.intervention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Intervention;

/** What the owners experienced carrying the intervention out. */
record ExperienceRequest(@NotBlank @Size(max = Intervention.MAX_TEXT) String experience) {
}
