package io.chargeops.core.interconnect;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A third-party station as pulled, with its equipment, connectors (last reported status) and price periods. */
public record PulledStationView(String stationId, String operatorId, String name, String areaCode, String address,
                                Integer stationType, Integer stationStatus, BigDecimal lng, BigDecimal lat,
                                String busineHours, Instant pulledAt, List<EquipmentView> equipment) {

    public record EquipmentView(String equipmentId, Integer equipmentType, String model, BigDecimal powerKw,
                                List<ConnectorView> connectors) {
    }

    public record ConnectorView(String connectorId, Integer connectorType, BigDecimal powerKw, Integer status,
                                Instant statusAt, List<PriceView> prices) {
    }

    public record PriceView(String startTime, BigDecimal elecPrice, BigDecimal servicePrice) {
    }
}
