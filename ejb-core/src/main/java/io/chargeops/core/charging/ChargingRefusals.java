package io.chargeops.core.charging;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;

/** The refusals of the charging context, with the stable codes the API documents. */
final class ChargingRefusals {

    private ChargingRefusals() {
    }

    static RefusedException unknownGun(String gunCode) {
        return new RefusedException(Kind.NOT_FOUND, "unknown-gun", "No gun has the code " + gunCode);
    }

    static RefusedException invalidGunCode(String detail) {
        return new RefusedException(Kind.INVALID, "invalid-gun-code", detail);
    }

    static RefusedException unknownUser(String who) {
        return new RefusedException(Kind.NOT_FOUND, "unknown-user", "No active app user " + who);
    }

    static RefusedException noWallet(String who) {
        return new RefusedException(Kind.NOT_FOUND, "no-wallet", "App user " + who + " has no wallet");
    }

    static RefusedException unknownOrder(String orderNo) {
        return new RefusedException(Kind.NOT_FOUND, "unknown-order", "No charging order " + orderNo);
    }

    static RefusedException gunOffline(String gunCode) {
        return new RefusedException(Kind.CONFLICT, "gun-offline", "Gun " + gunCode + " is offline (its pile is not connected)");
    }

    static RefusedException gunFaulted(String gunCode) {
        return new RefusedException(Kind.CONFLICT, "gun-faulted", "Gun " + gunCode + " reports a fault");
    }

    static RefusedException gunBusy(String gunCode) {
        return new RefusedException(Kind.CONFLICT, "gun-busy", "Gun " + gunCode + " is charging or has an order in progress");
    }

    static RefusedException noTariff(String gunCode) {
        return new RefusedException(Kind.CONFLICT, "no-tariff", "No complete tariff is in force for gun " + gunCode);
    }

    static RefusedException insufficientBalance(String detail) {
        return new RefusedException(Kind.UNPROCESSABLE, "insufficient-balance", detail);
    }

    static RefusedException invalidPrepay(String detail) {
        return new RefusedException(Kind.UNPROCESSABLE, "invalid-prepay", detail);
    }

    static RefusedException busy(String detail) {
        return new RefusedException(Kind.BUSY, "busy", "Too many concurrent changes, try again: " + detail);
    }

    static RefusedException notStoppable(String orderNo, OrderState state) {
        return new RefusedException(Kind.CONFLICT, "order-not-stoppable", "Order " + orderNo + " is " + state + "; only a starting or charging order can be stopped");
    }

    static RefusedException notAbnormal(String orderNo, OrderState state) {
        return new RefusedException(Kind.CONFLICT, "order-not-abnormal", "Order " + orderNo + " is " + state + "; only an ABNORMAL order is settled by hand");
    }
}
