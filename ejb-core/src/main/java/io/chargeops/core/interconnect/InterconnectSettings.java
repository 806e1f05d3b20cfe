package io.chargeops.core.interconnect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The interconnect context's settings (MicroProfile Config, keys {@code chargeops.interconnect.*}). */
@ApplicationScoped
public class InterconnectSettings {

    /** Our own OperatorID (组织机构代码, 9 characters) in everything we send. */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.operator-id", defaultValue = "MA01H3BQ2")
    String operatorId;

    /** A request whose TimeStamp is further than this from our clock is refused, and (OperatorID, TimeStamp, Seq) seen within it is a replay. */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.replay-window-seconds", defaultValue = "300")
    long replayWindowSeconds;

    /** Key sealing partner secrets at rest: Base64 of 16 or 32 bytes (secret: environment only). */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.secret-key")
    Optional<String> secretKey;

    /** Where the sealing key is generated once when no secret-key is configured (embedded default). */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.secret-key-file", defaultValue = "./data/interconnect-secret.key")
    String secretKeyFile;

    /** First retry of a failed push after this; doubling per attempt up to the maximum. */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.push.retry-seconds", defaultValue = "60")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "chargeops.interconnect.push.max-retry-seconds", defaultValue = "1800")
    long maxRetrySeconds;

    /** A push still refused after this many attempts is FAILED (retried from the ops API); 0 = never give up. */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.push.max-attempts", defaultValue = "100")
    int maxAttempts;

    /** Connect and answer timeout of a call to a partner. */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.http-timeout-seconds", defaultValue = "10")
    long httpTimeoutSeconds;

    /** Interface call-log rows older than this many days are deleted (hourly); 0 keeps them forever. */
    @Inject
    @ConfigProperty(name = "chargeops.interconnect.call-log.retention-days", defaultValue = "90")
    int callLogRetentionDays;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public String operatorId() { return operatorId; }
    public Duration replayWindow() { return Duration.ofSeconds(replayWindowSeconds); }
    public Optional<String> secretKey() { return secretKey.filter(s -> !s.isBlank()); }
    public String secretKeyFile() { return secretKeyFile; }
    public Duration retry() { return Duration.ofSeconds(Math.max(1, retrySeconds)); }
    public Duration maxRetry() { return Duration.ofSeconds(Math.max(retrySeconds, maxRetrySeconds)); }
    public int maxAttempts() { return maxAttempts; }
    public Duration httpTimeout() { return Duration.ofSeconds(Math.max(1, httpTimeoutSeconds)); }
    public ZoneId zone() { return ZoneId.of(zone); }
    public int callLogRetentionDays() { return Math.max(0, callLogRetentionDays); }
}
