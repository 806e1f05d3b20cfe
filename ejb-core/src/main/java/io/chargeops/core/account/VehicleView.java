package io.chargeops.core.account;

/** A user's vehicle. */
public record VehicleView(Long id, String plateNo, String vin, String model, boolean isDefault) {

    static VehicleView of(Vehicle v) {
        return new VehicleView(v.getId(), v.getPlateNo(), v.getVin(), v.getModel(), v.isDefault());
    }
}
