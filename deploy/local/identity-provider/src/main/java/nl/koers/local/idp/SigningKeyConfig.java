package nl.koers.local.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RSA key that signs tokens. Kept in a JWK file when {@code koers.idp.key-file} is set, so that
 * restarting the local stack does not invalidate the tokens people and tests already hold, and the
 * services' cached JWKS stays right.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfig {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfig.class);

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProviderProperties properties) throws IOException, JOSEException, ParseException {
        Path keyFile = properties.keyFile();
        RSAKey key = keyFile == null ? newKey() : loadOrCreate(keyFile);
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RSAKey loadOrCreate(Path keyFile) throws IOException, JOSEException, ParseException {
        if (Files.exists(keyFile)) {
            log.info("Signing with the key in {}", keyFile);
            return RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
        }
        RSAKey key = newKey();
        Path directory = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Written owner-only to a temporary file, then moved, so a crash never leaves half a key.
        Path temporary = Files.createTempFile(directory, "signing-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
        log.info("Created a signing key in {}", keyFile);
        return key;
    }

    private static RSAKey newKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }
}
