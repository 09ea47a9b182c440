package nl.koers.enrolment.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.AlsoAnswers;
import nl.koers.defaults.web.Caller;
import nl.koers.enrolment.participant.ParticipantService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participant profiles", description = "The profile each signed-in user keeps about themselves: name,"
        + " e-mail address, institution, sector and function. A participant fills it in before they can enrol;"
        + " other services learn the name, institution and sector from it, never the e-mail address.")
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @GetMapping("/me")
    @AlsoAnswers(404)
    @Operation(summary = "Get your own profile", description = "Any signed-in user; answers only the caller's own"
            + " profile, and 404 (profile-not-found) until they have filled it in.")
    ProfileView getMyProfile(Caller caller) {
        return ProfileView.of(participants.profile(caller.id()));
    }

    @PutMapping("/me")
    @Operation(summary = "Fill in or change your own profile", description = "Any signed-in user, for their own"
            + " profile only; needed before enrolling. The first call creates the profile and later calls replace"
            + " it, both answering 200 with the stored profile. Saving the same details again changes nothing."
            + " Enrolments already made keep the name and institution they were made with.")
    ProfileView saveMyProfile(@Valid @RequestBody ProfileRequest request, Caller caller) {
        return ProfileView.of(participants.save(caller.id(), request.details()));
    }
}
