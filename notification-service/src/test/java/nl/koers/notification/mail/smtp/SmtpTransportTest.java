package nl.koers.notification.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmtpTransportTest {

    @Test
    void aLineBreakInASubjectOrNameCannotStartAHeaderOfItsOwn() {
        assertThat(SmtpTransport.oneLine("Gewijzigd: Start\r\nBcc: iedereen@example.nl"))
                .isEqualTo("Gewijzigd: Start Bcc: iedereen@example.nl");
        assertThat(SmtpTransport.oneLine(" Anna\tde Vries\n")).isEqualTo("Anna de Vries");
    }
}
