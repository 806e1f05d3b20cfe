package io.chargeops.core.pile;

import java.math.BigDecimal;

/** A pile model with its manufacturer's name. */
public record PileModelView(Long id, Long manufacturerId, String manufacturerName, String modelCode, PileType pileType,
                            BigDecimal ratedPowerKw, int gunCount, PileProtocol protocol, String remark) {

    /** How pickers show it: "金陵电气 JL-DC120-2 · DC 120.00 kW × 2". */
    public String label() {
        return manufacturerName + " " + modelCode + " · " + pileType + " " + ratedPowerKw.toPlainString() + " kW × " + gunCount;
    }
}
