package nl.koers.enrolment.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.enrolment.participant.ParticipantService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants", description = "Your own participant profile")
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @GetMapping("/me")
    @Operation(summary = "Your profile (404 until you filled it in)")
    ProfileView me(Caller caller) {
        return ProfileView.of(participants.profile(caller.id()));
    }

    @PutMapping("/me")
    @Operation(summary = "Fill in or change your profile; needed before you enrol")
    ProfileView save(@Valid @RequestBody ProfileRequest request, Caller caller) {
        return ProfileView.of(participants.save(caller.id(), request.details()));
    }
}
