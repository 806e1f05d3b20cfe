package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Splits a session's energy over the half-hour slots of the operator's local day and prices it per rate type.
 *
 * <p>Energy between two readings is assumed to flow at a constant rate, so a reading interval that straddles a slot edge
 * is split in proportion to the time on each side (linear interpolation). The unrounded shares are kept at
 * {@value #WORK_SCALE} decimals and the last piece of every interval takes what the others left, so each interval's
 * pieces add up to its delta exactly. The four per-rate-type sums are then rounded to 4 decimals with
 * {@link EnergyAllocation} (round down, then largest remainder, ties in 尖峰平谷 order), so the lines add up exactly to
 * the metered total {@code last − first}. Amounts follow {@link RateLine}'s rule.
 *
 * <p>A time exactly on a slot edge belongs to the later slot (slot i covers [i·30 min, (i+1)·30 min)). Local time is
 * taken in {@code zone} (operator's zone, default Asia/Shanghai), never UTC.
 */
public final class ChargingPriceCalculator {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    static final int WORK_SCALE = 12;

    /** What a cumulative reading lower than the previous one means. */
    public enum MeterResetPolicy {
        /** Refuse: a meter running backwards is a fault to settle by hand (default, never bills a guess). */
        REJECT,
        /**
         * The pile restarted its session counter from zero somewhere in that interval: the interval gets the new reading's
         * whole value (energy counted since the restart), later deltas continue from it. Only for piles known to do so.
         */
        RESTART_FROM_ZERO
    }

    private final TouSchedule schedule;
    private final ZoneId zone;
    private final MeterResetPolicy resetPolicy;

    public ChargingPriceCalculator(TouSchedule schedule, ZoneId zone) {
        this(schedule, zone, MeterResetPolicy.REJECT);
    }

    public ChargingPriceCalculator(TouSchedule schedule, ZoneId zone, MeterResetPolicy resetPolicy) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.resetPolicy = Objects.requireNonNull(resetPolicy, "resetPolicy");
    }

    public TouSchedule schedule() {
        return schedule;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Prices cumulative meter readings in time order. One reading means nothing measurable was delivered (zero bill).
     * Two readings at the same instant with different values put that energy in the slot of that instant.
     *
     * @throws MeterReadingException no readings, an instant earlier than the previous, a negative or more than
     *     4-decimal value, or (policy REJECT) a value lower than the previous
     */
    public PriceBreakdown price(List<MeterReading> readings) {
        if (readings == null || readings.isEmpty()) {
            throw new MeterReadingException("no meter readings");
        }
        BigDecimal[] raw = zeros();
        BigDecimal total = BigDecimal.ZERO.setScale(RateLine.ENERGY_SCALE);
        MeterReading previous = null;
        for (int i = 0; i < readings.size(); i++) {
            MeterReading current = readings.get(i);
            if (current == null || current.at() == null) {
                throw new MeterReadingException("reading " + i + " has no instant");
            }
            BigDecimal value = energy(current.cumulativeKwh(), "reading " + i + " at " + current.at());
            if (previous != null) {
                if (current.at().isBefore(previous.at())) {
                    throw new MeterReadingException("readings out of order: " + current.at() + " after "
                            + previous.at() + " (reading " + i + ")");
                }
                BigDecimal delta = value.subtract(previous.cumulativeKwh());
                if (delta.signum() < 0) {
                    if (resetPolicy == MeterResetPolicy.REJECT) {
                        throw new MeterReadingException("meter went backwards from "
                                + previous.cumulativeKwh().toPlainString() + " to " + value.toPlainString() + " kWh at "
                                + current.at() + " (meter reset?)");
                    }
                    delta = value;
                }
                spread(previous.at(), current.at(), delta, raw);
                total = total.add(delta);
            }
            previous = new MeterReading(current.at(), value);
        }
        return breakdown(raw, total);
    }

    /** A session known only by start, end and total energy: the energy is assumed spread evenly over the time. */
    public PriceBreakdown priceEvenlySpread(Instant start, Instant end, BigDecimal totalEnergy) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new MeterReadingException("session ends " + end + " before it starts " + start);
        }
        BigDecimal total = energy(totalEnergy, "total energy");
        BigDecimal[] raw = zeros();
        spread(start, end, total, raw);
        return breakdown(raw, total);
    }

    /** Same, with the pile's local times as 0x3B carries them (CP56Time2a is the pile's local time, i.e. {@code zone}). */
    public PriceBreakdown priceEvenlySpread(LocalDateTime start, LocalDateTime end, BigDecimal totalEnergy) {
        return priceEvenlySpread(start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), totalEnergy);
    }

    /**
     * Prices an energy split someone else made (e.g. the pile's per-period energies from 0x3B) with this schedule's
     * prices; missing rate types count as zero.
     */
    public PriceBreakdown priceSplit(Map<RateType, BigDecimal> energyByType) {
        List<RateLine> lines = new ArrayList<>(4);
        for (RateType type : RateType.values()) {
            BigDecimal e = energyByType.get(type);
            lines.add(RateLine.of(type, schedule.price(type),
                    e == null ? BigDecimal.ZERO : energy(e, type + " energy")));
        }
        return new PriceBreakdown(lines);
    }

    /** Adds {@code energy}, flowing evenly over [from, to], to the rate types of the slots it crosses. */
    private void spread(Instant from, Instant to, BigDecimal energy, BigDecimal[] raw) {
        if (energy.signum() == 0) {
            return;
        }
        long totalNanos = Duration.between(from, to).toNanos();
        if (totalNanos == 0) {
            raw[index(from)] = raw[index(from)].add(energy);
            return;
        }
        BigDecimal assigned = BigDecimal.ZERO;
        Instant a = from;
        while (a.isBefore(to)) {
            Instant boundary = nextSlotEdge(a);
            Instant b = boundary.isBefore(to) ? boundary : to;
            BigDecimal piece;
            if (b.equals(to)) {
                piece = energy.subtract(assigned); // the last piece takes the rest: pieces sum to the delta exactly
            } else {
                piece = energy.multiply(BigDecimal.valueOf(Duration.between(a, b).toNanos()))
                        .divide(BigDecimal.valueOf(totalNanos), WORK_SCALE, RoundingMode.HALF_EVEN);
                assigned = assigned.add(piece);
            }
            raw[index(a)] = raw[index(a)].add(piece);
            a = b;
        }
    }

    /** Start of the next half hour in local time, as an instant. */
    private Instant nextSlotEdge(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDateTime slotStart = local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() >= 30 ? 30 : 0);
        Instant next = slotStart.plusMinutes(30).atZone(zone).toInstant();
        // DST overlaps can map the local edge back in time; always make progress (no effect in Asia/Shanghai)
        return next.isAfter(at) ? next : at.plus(Duration.ofMinutes(30));
    }

    private int index(Instant at) {
        return schedule.rateTypeAt(LocalDateTime.ofInstant(at, zone).toLocalTime()).ordinal();
    }

    private PriceBreakdown breakdown(BigDecimal[] raw, BigDecimal total) {
        BigDecimal[] energies = EnergyAllocation.allocate(raw, total, RateLine.ENERGY_SCALE);
        List<RateLine> lines = new ArrayList<>(4);
        for (RateType type : RateType.values()) {
            lines.add(RateLine.of(type, schedule.price(type), energies[type.ordinal()]));
        }
        return new PriceBreakdown(lines);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] raw = new BigDecimal[RateType.values().length];
        java.util.Arrays.fill(raw, BigDecimal.ZERO);
        return raw;
    }

    private static BigDecimal energy(BigDecimal value, String what) {
        if (value == null) {
            throw new MeterReadingException(what + ": energy missing");
        }
        if (value.signum() < 0) {
            throw new MeterReadingException(what + ": negative energy " + value.toPlainString() + " kWh");
        }
        try {
            return value.setScale(RateLine.ENERGY_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new MeterReadingException(what + ": more than 4 decimals: " + value.toPlainString() + " kWh");
        }
    }
}
