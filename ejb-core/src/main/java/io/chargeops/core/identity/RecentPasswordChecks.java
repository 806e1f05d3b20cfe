package io.chargeops.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords that matched recently, so a script calling the ops API many times a second (HTTP Basic: the password on
 * every call) does not pay a PBKDF2 derivation per call; in the load run that derivation took 39 % of the node's CPU.
 * An entry keeps the account's stored hash and an HMAC of the password that matched it, under a key that never leaves
 * this node's memory. It counts only while the stored hash is the same (a new password or a reset ends it at once)
 * and for at most {@code chargeops.console.password-check-cache-seconds} (default 300; 0 turns remembering off).
 * Wrong passwords are never remembered: they keep paying PBKDF2 and counting towards the lockout. Whether the account
 * is enabled and unlocked is the caller's check, on every call.
 */
@ApplicationScoped
public class RecentPasswordChecks {

    /** More accounts than this and the oldest knowledge is dropped: a node serves a few hundred console accounts. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, byte[] mac, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    @Inject
    @ConfigProperty(name = "chargeops.console.password-check-cache-seconds", defaultValue = "300")
    long ttlSeconds = 300;

    Clock clock = Clock.systemUTC();

    public RecentPasswordChecks() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password matched this account's current stored hash within the last {@code ttlSeconds}. */
    public boolean matchedRecently(String loginPhone, String storedHash, char[] password) {
        Entry e = entries.get(loginPhone);
        if (e == null || !e.storedHash().equals(storedHash) || !clock.instant().isBefore(e.until())) {
            return false;
        }
        return MessageDigest.isEqual(e.mac(), mac(loginPhone, password));
    }

    /** Remembers a password that PBKDF2 has just found to match {@code storedHash}. */
    public void matched(String loginPhone, String storedHash, char[] password) {
        if (ttlSeconds <= 0) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(loginPhone, new Entry(storedHash, mac(loginPhone, password), now.plusSeconds(ttlSeconds)));
    }

    private byte[] mac(String loginPhone, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = new byte[bytes.remaining()];
        bytes.get(secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(loginPhone.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
