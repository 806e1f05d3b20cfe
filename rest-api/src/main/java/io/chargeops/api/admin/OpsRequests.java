package io.chargeops.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the ops API (stations, piles, tariffs, commands); every constraint breach is a 400. */
public final class OpsRequests {

    static final String PILE_CODE = "\\d{14}";
    static final String RATE_TYPE = "SHARP|PEAK|FLAT|VALLEY";

    private OpsRequests() {
    }

    @Schema(name = "NewStation", description = "A station to open")
    public record StationRequest(
            @Schema(description = "Owning merchant; required for platform accounts, a merchant account's own by default")
            @Positive Long merchantId,
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String stationCode,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 255) String address,
            @NotNull @Pattern(regexp = "\\d{6}") String provinceCode,
            @NotNull @Pattern(regexp = "\\d{6}") String cityCode,
            @NotNull @Pattern(regexp = "\\d{6}") String districtCode,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 7) BigDecimal longitude,
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 7) BigDecimal latitude,
            @Schema(enumeration = {"WGS84", "GCJ02"}) @NotNull @Pattern(regexp = "WGS84|GCJ02") String coordinateSystem,
            @Schema(enumeration = {"PUBLIC", "DEDICATED", "PRIVATE"}) @NotNull @Pattern(regexp = "PUBLIC|DEDICATED|PRIVATE") String stationType,
            @Schema(description = "default BUILDING") @Pattern(regexp = "PLANNED|BUILDING|OPERATING|SUSPENDED|CLOSED") String status,
            @Size(max = 100) String openingHours,
            @Size(max = 32) String servicePhone,
            @Size(max = 500) String parkingFeeNote,
            @Schema(description = "The station's tariff template, given to its piles unless they get their own") @Positive Long tariffTemplateId) {
    }

    public record GunRequest(
            @NotNull @Min(1) @Max(99) Integer gunNo,
            @Schema(enumeration = {"GBT_DC", "GBT_AC", "CHAOJI", "OTHER"}) @Pattern(regexp = "GBT_DC|GBT_AC|CHAOJI|OTHER") String connectorType) {
    }

    @Schema(name = "NewPile", description = "A pile to register at a station")
    public record PileRequest(
            @Schema(example = "32010600000099") @NotNull @Pattern(regexp = PILE_CODE) String pileCode,
            @NotNull @Positive Long stationId,
            @Schema(enumeration = {"DC", "AC"}) @NotNull @Pattern(regexp = "DC|AC") String pileType,
            @NotNull @Min(1) @Max(99) Integer gunCount,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal ratedPowerKw,
            @Size(max = 100) String manufacturer,
            @Size(max = 64) String model,
            @Schema(description = "null = the station's tariff") @Positive Long tariffTemplateId,
            @Schema(description = "null = guns 1..gunCount with the standard connector") @Valid List<@NotNull GunRequest> guns) {
    }

    @Schema(name = "Onboarding", description = "Binds a free pile (游离电桩) to a station and tariff")
    public record OnboardingRequest(
            @NotNull @Positive Long stationId,
            @Schema(description = "null = the station's tariff") @Positive Long tariffTemplateId,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal ratedPowerKw,
            @Size(max = 100) String manufacturer,
            @Size(max = 64) String model,
            @Valid List<@NotNull GunRequest> guns) {
    }

    @Schema(name = "Rate", description = "Fees per kWh of one rate type, yuan, at most 5 decimals")
    public record RateRequest(
            @Schema(enumeration = {"SHARP", "PEAK", "FLAT", "VALLEY"}) @NotNull @Pattern(regexp = RATE_TYPE) String rateType,
            @Schema(example = "1.18520") @NotNull @DecimalMin("0") @DecimalMax(value = "10000", inclusive = false)
            @Digits(integer = 5, fraction = 5) BigDecimal electricityFee,
            @Schema(example = "0.80000") @NotNull @DecimalMin("0") @DecimalMax(value = "10000", inclusive = false)
            @Digits(integer = 5, fraction = 5) BigDecimal serviceFee) {
    }

    @Schema(name = "NewTariff", description = "A tariff template with its first version, in force at once")
    public record TariffRequest(
            @Positive Long merchantId,
            @NotBlank @Size(max = 100) String name,
            @Schema(description = "YKC billing model number; null = the merchant's next free one") @Pattern(regexp = "\\d{4}") String modelNo,
            @NotNull @Size(min = 4, max = 4) @Valid List<@NotNull RateRequest> rates,
            @Schema(description = "48 half-hour slots from 00:00 local time, each SHARP, PEAK, FLAT or VALLEY")
            @NotNull @Size(min = 48, max = 48) List<@NotNull @Pattern(regexp = RATE_TYPE) String> slots) {
    }

    @Schema(name = "NewTariffVersion", description = "The next version of a template")
    public record VersionRequest(
            @Schema(description = "ISO-8601 instant or offset date-time; null = now", example = "2026-12-01T00:00:00+08:00")
            String effectiveFrom,
            @NotNull @Size(min = 4, max = 4) @Valid List<@NotNull RateRequest> rates,
            @NotNull @Size(min = 48, max = 48) List<@NotNull @Pattern(regexp = RATE_TYPE) String> slots) {
    }

    @Schema(name = "TariffAssignment", description = "A whole station (no pileCodes) or some of its piles")
    public record AssignmentRequest(
            @NotNull @Positive Long stationId,
            List<@NotNull @Pattern(regexp = PILE_CODE) String> pileCodes) {
    }

    public record RebootCommand(
            @Schema(enumeration = {"IMMEDIATELY", "WHEN_IDLE"}, description = "default IMMEDIATELY")
            @Pattern(regexp = "IMMEDIATELY|WHEN_IDLE") String execution) {
    }

    public record UpdateCommand(
            @Schema(description = "rated power in the frame; default the registered one") @Min(0) @Max(65535) Integer powerKw,
            @NotBlank @Size(max = 16) @Pattern(regexp = "[\\x21-\\x7E]+") String serverAddress,
            @NotNull @Min(1) @Max(65535) Integer serverPort,
            @NotNull @Size(max = 16) @Pattern(regexp = "[\\x20-\\x7E]*") String username,
            @NotNull @Size(max = 16) @Pattern(regexp = "[\\x20-\\x7E]*") String password,
            @NotBlank @Size(max = 32) @Pattern(regexp = "[\\x21-\\x7E]+") String filePath,
            @Pattern(regexp = "IMMEDIATELY|WHEN_IDLE") String execution,
            @NotNull @Min(1) @Max(255) Integer downloadTimeoutMinutes) {
    }

    public record ParametersCommand(
            @Schema(enumeration = {"ALLOWED", "LOCKED"}) @NotNull @Pattern(regexp = "ALLOWED|LOCKED") String permission,
            @NotNull @Min(30) @Max(100) Integer maxOutputPercent) {
    }

    public record GunCommand(@NotNull @Min(1) @Max(99) Integer gunNo) {
    }

    public record GroundLockCommand(
            @NotNull @Min(1) @Max(99) Integer gunNo,
            @Schema(enumeration = {"RAISE", "LOWER"}) @NotNull @Pattern(regexp = "RAISE|LOWER") String command) {
    }
}
