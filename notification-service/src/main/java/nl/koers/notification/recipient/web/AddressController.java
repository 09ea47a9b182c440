package nl.koers.notification.recipient.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.notification.recipient.AddressBook;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hands the address of a sign-in over, so that staff (who have no participant profile) get mail too. */
@RestController
@Tag(name = "Address", description = "Where Koers mails you. A participant's profile address is used when there is"
        + " one; otherwise the address your sign-in carries, which the web app hands over after every sign-in.")
class AddressController {

    static final String EMAIL_CLAIM = "email";
    static final String NAME_CLAIM = "name";

    private final AddressBook addressBook;

    AddressController(AddressBook addressBook) {
        this.addressBook = addressBook;
    }

    @PutMapping("/api/notifications/address")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record your sign-in's e-mail address", description = "Any signed-in user, for themselves;"
            + " no body. Records the email (and name) claims of your access token as where to mail you and whom to"
            + " greet. A participant's profile address still wins. 400 when the token carries no usable address."
            + " Mails that waited for your address are sent now.")
    void recordSignInAddress(Caller caller) {
        Jwt jwt = token();
        addressBook.signedIn(caller.id(), jwt.getClaimAsString(EMAIL_CLAIM), jwt.getClaimAsString(NAME_CLAIM));
    }

    /** The caller resolver already proved the request carries a validated token. */
    private static Jwt token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return (Jwt) authentication.getPrincipal();
    }
}
