package io.chargeops.api.app;

import io.chargeops.core.pile.GunStatusView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A gun as the app shows it before a charge: where it is and whether it can be used now. */
@Schema(name = "GunStatus", description = "A charging gun, its station and its current state")
public record GunStatus(
        @Schema(description = "16 digits: pile code + 2-digit gun number, as in the gun's QR code", example = "3201060000000101")
        String gunCode,
        @Schema(description = "14-digit pile code", example = "32010600000001")
        String pileCode,
        @Schema(description = "Gun number on its pile", example = "1")
        int gunNo,
        @Schema(description = "Station the pile belongs to")
        Long stationId,
        @Schema(description = "Station name", example = "南京鼓楼示范充电站")
        String stationName,
        @Schema(description = "OFFLINE, IDLE, OCCUPIED (plugged in, not charging), CHARGING or FAULT",
                enumeration = {"OFFLINE", "IDLE", "OCCUPIED", "CHARGING", "FAULT"})
        String state,
        @Schema(description = "Whether the pile has a live session with the platform")
        boolean pileOnline,
        @Schema(description = "When the stored state last changed (UTC); live changes show in state first")
        Instant stateChangedAt) {

    static GunStatus of(GunStatusView view) {
        return new GunStatus(view.gunCode(), view.pileCode(), view.gunNo(), view.stationId(), view.stationName(),
                view.state().name(), view.pileOnline(), view.stateChangedAt());
    }
}
