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

/**
 * Request bodies of the ops API (stations, piles, tariffs, commands); every constraint breach is a 400. Classes with
 * public fields, not records: a record's constraints also land on its constructor's parameters, which Payara's
 * OpenAPI generator (6.2025.10) takes for {@code @PathParam}s and fails on, so {@code /openapi} would answer 500.
 */
public final class OpsRequests {

    static final String PILE_CODE = "\\d{14}";
    static final String RATE_TYPE = "SHARP|PEAK|FLAT|VALLEY";

    private OpsRequests() {
    }

    @Schema(name = "NewStation", description = "A station to open")
    public static class StationRequest {
        @Schema(description = "Owning merchant; required for platform accounts, a merchant account's own by default") @Positive
        public Long merchantId;

        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+")
        public String stationCode;

        @NotBlank @Size(max = 100)
        public String name;

        @NotBlank @Size(max = 255)
        public String address;

        @NotNull @Pattern(regexp = "\\d{6}")
        public String provinceCode;

        @NotNull @Pattern(regexp = "\\d{6}")
        public String cityCode;

        @NotNull @Pattern(regexp = "\\d{6}")
        public String districtCode;

        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 7)
        public BigDecimal longitude;

        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 7)
        public BigDecimal latitude;

        @Schema(enumeration = {"WGS84", "GCJ02"}) @NotNull @Pattern(regexp = "WGS84|GCJ02")
        public String coordinateSystem;

        @Schema(enumeration = {"PUBLIC", "DEDICATED", "PRIVATE"}) @NotNull @Pattern(regexp = "PUBLIC|DEDICATED|PRIVATE")
        public String stationType;

        @Schema(description = "default BUILDING") @Pattern(regexp = "PLANNED|BUILDING|OPERATING|SUSPENDED|CLOSED")
        public String status;

        @Size(max = 100)
        public String openingHours;

        @Size(max = 32)
        public String servicePhone;

        @Size(max = 500)
        public String parkingFeeNote;

        @Schema(description = "The station's tariff template, given to its piles unless they get their own") @Positive
        public Long tariffTemplateId;
    }

    @Schema(name = "StationEdit", description = "A station's details; everything but its merchant and code, optional fields cleared when absent")
    public static class StationEditRequest {
        @NotBlank @Size(max = 100)
        public String name;

        @NotBlank @Size(max = 255)
        public String address;

        @NotNull @Pattern(regexp = "\\d{6}")
        public String provinceCode;

        @NotNull @Pattern(regexp = "\\d{6}")
        public String cityCode;

        @NotNull @Pattern(regexp = "\\d{6}")
        public String districtCode;

        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 7)
        public BigDecimal longitude;

        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 7)
        public BigDecimal latitude;

        @Schema(enumeration = {"WGS84", "GCJ02"}) @NotNull @Pattern(regexp = "WGS84|GCJ02")
        public String coordinateSystem;

        @Schema(enumeration = {"PUBLIC", "DEDICATED", "PRIVATE"}) @NotNull @Pattern(regexp = "PUBLIC|DEDICATED|PRIVATE")
        public String stationType;

        @NotNull @Pattern(regexp = "PLANNED|BUILDING|OPERATING|SUSPENDED|CLOSED")
        public String status;

        @Size(max = 100)
        public String openingHours;

        @Size(max = 32)
        public String servicePhone;

        @Size(max = 500)
        public String parkingFeeNote;

        @Min(0) @Max(100000)
        public Integer parkingSpaces;

        @Size(max = 200)
        public String siteGuide;
    }

    public static class GunRequest {
        @NotNull @Min(1) @Max(99)
        public Integer gunNo;

        @Schema(enumeration = {"GBT_DC", "GBT_AC", "CHAOJI", "OTHER"}) @Pattern(regexp = "GBT_DC|GBT_AC|CHAOJI|OTHER")
        public String connectorType;
    }

    @Schema(name = "NewPile", description = "A pile to register at a station")
    public static class PileRequest {
        @Schema(example = "32010600000099") @NotNull @Pattern(regexp = PILE_CODE)
        public String pileCode;

        @NotNull @Positive
        public Long stationId;

        @Schema(enumeration = {"DC", "AC"}) @NotNull @Pattern(regexp = "DC|AC")
        public String pileType;

        @NotNull @Min(1) @Max(99)
        public Integer gunCount;

        @DecimalMin("0") @Digits(integer = 6, fraction = 2)
        public BigDecimal ratedPowerKw;

        @Size(max = 100)
        public String manufacturer;

        @Size(max = 64)
        public String model;

        @Schema(description = "null = the station's tariff") @Positive
        public Long tariffTemplateId;

        @Schema(description = "null = guns 1..gunCount with the standard connector") @Valid
        public List<@NotNull GunRequest> guns;
    }

    @Schema(name = "Onboarding", description = "Binds a free pile (游离电桩) to a station and tariff")
    public static class OnboardingRequest {
        @NotNull @Positive
        public Long stationId;

        @Schema(description = "null = the station's tariff") @Positive
        public Long tariffTemplateId;

        @DecimalMin("0") @Digits(integer = 6, fraction = 2)
        public BigDecimal ratedPowerKw;

        @Size(max = 100)
        public String manufacturer;

        @Size(max = 64)
        public String model;

        @Valid
        public List<@NotNull GunRequest> guns;
    }

    @Schema(name = "Rate", description = "Fees per kWh of one rate type, yuan, at most 5 decimals")
    public static class RateRequest {
        @Schema(enumeration = {"SHARP", "PEAK", "FLAT", "VALLEY"}) @NotNull @Pattern(regexp = RATE_TYPE)
        public String rateType;

        @Schema(example = "1.18520") @NotNull @DecimalMin("0") @DecimalMax(value = "10000", inclusive = false) @Digits(integer = 5, fraction = 5)
        public BigDecimal electricityFee;

        @Schema(example = "0.80000") @NotNull @DecimalMin("0") @DecimalMax(value = "10000", inclusive = false) @Digits(integer = 5, fraction = 5)
        public BigDecimal serviceFee;
    }

    @Schema(name = "NewTariff", description = "A tariff template with its first version, in force at once")
    public static class TariffRequest {
        @Positive
        public Long merchantId;

        @NotBlank @Size(max = 100)
        public String name;

        @Schema(description = "YKC billing model number; null = the merchant's next free one") @Pattern(regexp = "\\d{4}")
        public String modelNo;

        @NotNull @Size(min = 4, max = 4) @Valid
        public List<@NotNull RateRequest> rates;

        @Schema(description = "48 half-hour slots from 00:00 local time, each SHARP, PEAK, FLAT or VALLEY") @NotNull @Size(min = 48, max = 48)
        public List<@NotNull @Pattern(regexp = RATE_TYPE) String> slots;
    }

    @Schema(name = "NewTariffVersion", description = "The next version of a template")
    public static class VersionRequest {
        @Schema(description = "ISO-8601 instant or offset date-time; null = now", example = "2026-12-01T00:00:00+08:00")
        public String effectiveFrom;

        @NotNull @Size(min = 4, max = 4) @Valid
        public List<@NotNull RateRequest> rates;

        @NotNull @Size(min = 48, max = 48)
        public List<@NotNull @Pattern(regexp = RATE_TYPE) String> slots;
    }

    @Schema(name = "TariffAssignment", description = "A whole station (no pileCodes) or some of its piles")
    public static class AssignmentRequest {
        @NotNull @Positive
        public Long stationId;

        public List<@NotNull @Pattern(regexp = PILE_CODE) String> pileCodes;
    }

    public static class RebootCommand {
        @Schema(enumeration = {"IMMEDIATELY", "WHEN_IDLE"}, description = "default IMMEDIATELY") @Pattern(regexp = "IMMEDIATELY|WHEN_IDLE")
        public String execution;
    }

    public static class UpdateCommand {
        @Schema(description = "rated power in the frame; default the registered one") @Min(0) @Max(65535)
        public Integer powerKw;

        @NotBlank @Size(max = 16) @Pattern(regexp = "[\\x21-\\x7E]+")
        public String serverAddress;

        @NotNull @Min(1) @Max(65535)
        public Integer serverPort;

        @NotNull @Size(max = 16) @Pattern(regexp = "[\\x20-\\x7E]*")
        public String username;

        @NotNull @Size(max = 16) @Pattern(regexp = "[\\x20-\\x7E]*")
        public String password;

        @NotBlank @Size(max = 32) @Pattern(regexp = "[\\x21-\\x7E]+")
        public String filePath;

        @Pattern(regexp = "IMMEDIATELY|WHEN_IDLE")
        public String execution;

        @NotNull @Min(1) @Max(255)
        public Integer downloadTimeoutMinutes;
    }

    public static class ParametersCommand {
        @Schema(enumeration = {"ALLOWED", "LOCKED"}) @NotNull @Pattern(regexp = "ALLOWED|LOCKED")
        public String permission;

        @NotNull @Min(30) @Max(100)
        public Integer maxOutputPercent;
    }

    public static class GunCommand {
        @NotNull @Min(1) @Max(99)
        public Integer gunNo;
    }

    public static class GroundLockCommand {
        @NotNull @Min(1) @Max(99)
        public Integer gunNo;

        @Schema(enumeration = {"RAISE", "LOWER"}) @NotNull @Pattern(regexp = "RAISE|LOWER")
        public String command;
    }
}
