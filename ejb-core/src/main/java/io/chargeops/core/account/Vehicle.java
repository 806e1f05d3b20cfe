package io.chargeops.core.account;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A user's vehicle (车辆). */
@Entity
@Table(name = "app_vehicle")
public class Vehicle extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_app_vehicle", sequenceName = "SEQ_APP_VEHICLE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_vehicle")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "plate_no", nullable = false, length = 16)
    private String plateNo;

    @Column(name = "vin", length = 17)
    private String vin;

    @Column(name = "model", length = 64)
    private String model;

    @Column(name = "is_default", nullable = false)
    private boolean defaultVehicle;

    protected Vehicle() {
    }

    Vehicle(Long userId, String plateNo, String vin, String model) {
        this.userId = userId;
        this.plateNo = plateNo;
        this.vin = vin;
        this.model = model;
    }

    void update(String plateNo, String vin, String model) {
        this.plateNo = plateNo;
        this.vin = vin;
        this.model = model;
    }

    void setDefault(boolean value) {
        this.defaultVehicle = value;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getPlateNo() {
        return plateNo;
    }

    String getVin() {
        return vin;
    }

    String getModel() {
        return model;
    }

    boolean isDefault() {
        return defaultVehicle;
    }
}
