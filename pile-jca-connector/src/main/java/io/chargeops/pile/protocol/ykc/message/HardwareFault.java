package io.chargeops.pile.protocol.ykc.message;

import java.util.EnumSet;
import java.util.Set;

/** Named bits of the 0x13 hardware-fault word; the spec's "Bit1" is the least significant bit. */
public enum HardwareFault {
    EMERGENCY_STOP("急停按钮动作故障"),
    NO_RECTIFIER_MODULE("无可用整流模块"),
    OUTLET_OVER_TEMPERATURE("出风口温度过高"),
    AC_SURGE_PROTECTION("交流防雷故障"),
    DC20_COMMUNICATION("交直流模块 DC20 通信中断"),
    FC08_COMMUNICATION("绝缘检测模块 FC08 通信中断"),
    METER_COMMUNICATION("电度表通信中断"),
    CARD_READER_COMMUNICATION("读卡器通信中断"),
    RC10_COMMUNICATION("RC10 通信中断"),
    FAN_BOARD("风扇调速板故障"),
    DC_FUSE("直流熔断器故障"),
    HIGH_VOLTAGE_CONTACTOR("高压接触器故障"),
    DOOR_OPEN("门打开");

    private final String description;

    HardwareFault(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public int mask() {
        return 1 << ordinal();
    }

    public static Set<HardwareFault> fromBits(int bits) {
        Set<HardwareFault> set = EnumSet.noneOf(HardwareFault.class);
        for (HardwareFault f : values()) {
            if ((bits & f.mask()) != 0) {
                set.add(f);
            }
        }
        return set;
    }

    public static int toBits(Set<HardwareFault> faults) {
        int bits = 0;
        for (HardwareFault f : faults) {
            bits |= f.mask();
        }
        return bits;
    }
}
