package nl.koers.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The only public entry of Koers. Routes live in {@code application.yml}; this application adds what
 * routing alone does not give: the JWT check on {@code /api/**} and RFC 9457 answers for every error
 * the gateway itself produces. The services check the token again: the gateway is not the only lock.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
