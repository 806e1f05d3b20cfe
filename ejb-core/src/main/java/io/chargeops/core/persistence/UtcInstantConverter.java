package io.chargeops.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stores {@link Instant} in a zone-less {@code TIMESTAMP} column as its UTC wall-clock value.
 *
 * <p>EclipseLink 4.0 has no mapping of its own for {@code Instant}. Going through
 * {@code java.sql.Timestamp} would silently apply the JVM's default zone (Asia/Shanghai on most
 * of our servers, UTC in containers) and shift every stored time by eight hours between the two;
 * {@link LocalDateTime} keeps the wall-clock fields as they are. Values are truncated to
 * microseconds, the precision of H2's and DM8's default TIMESTAMP, so a saved entity compares
 * equal to what is read back.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
