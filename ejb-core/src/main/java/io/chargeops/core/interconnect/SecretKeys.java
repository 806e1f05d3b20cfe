package io.chargeops.core.interconnect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The node's {@link SecretSeal}: the key from {@code chargeops.interconnect.secret-key} (environment; the same on
 * every node), or else generated once into {@code chargeops.interconnect.secret-key-file} (embedded default).
 */
@ApplicationScoped
public class SecretKeys {

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    @Inject
    InterconnectSettings settings;

    private volatile SecretSeal seal;

    public SecretSeal seal() {
        SecretSeal s = seal;
        if (s == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = new SecretSeal(key());
                }
                s = seal;
            }
        }
        return s;
    }

    private byte[] key() {
        if (settings.secretKey().isPresent()) {
            return Base64.getDecoder().decode(settings.secretKey().get().trim());
        }
        Path file = Path.of(settings.secretKeyFile());
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            byte[] key = SecretSeal.newKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            LOG.warning(() -> "No chargeops.interconnect.secret-key configured: generated " + file.toAbsolutePath()
                    + " to seal partner secrets (set the key in the environment for production and clusters)");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("interconnect secret key file " + file, e);
        }
    }
}
