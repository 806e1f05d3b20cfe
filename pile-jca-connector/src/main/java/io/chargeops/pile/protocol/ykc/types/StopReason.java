package io.chargeops.pile.protocol.ykc.types;

/**
 * Why a session ended (0x3B 停止原因, spec appendix 13.1). A record rather than an enum because firmware uses the
 * reserved ranges for its own reasons (e.g. 0x8A..0x9D) and the platform must still accept and store those bills.
 */
public record StopReason(int code) implements ByteCode {
    public static final StopReason APP_REMOTE_STOP = new StopReason(0x40);
    public static final StopReason SOC_FULL = new StopReason(0x41);
    public static final StopReason ENERGY_TARGET_REACHED = new StopReason(0x42);
    public static final StopReason AMOUNT_TARGET_REACHED = new StopReason(0x43);
    public static final StopReason TIME_TARGET_REACHED = new StopReason(0x44);
    public static final StopReason MANUAL_STOP = new StopReason(0x45);
    public static final StopReason START_FAILED_CONTROL_SYSTEM_FAULT = new StopReason(0x4A);
    public static final StopReason START_FAILED_PILOT_DISCONNECTED = new StopReason(0x4B);
    public static final StopReason START_FAILED_BREAKER_TRIPPED = new StopReason(0x4C);
    public static final StopReason START_FAILED_METER_COMMUNICATION = new StopReason(0x4D);
    public static final StopReason START_FAILED_INSUFFICIENT_BALANCE = new StopReason(0x4E);
    public static final StopReason START_FAILED_MODULE_FAULT = new StopReason(0x4F);
    public static final StopReason START_FAILED_EMERGENCY_STOP = new StopReason(0x50);
    public static final StopReason START_FAILED_SURGE_PROTECTOR = new StopReason(0x51);
    public static final StopReason START_FAILED_BMS_NOT_READY = new StopReason(0x52);
    public static final StopReason START_FAILED_TEMPERATURE = new StopReason(0x53);
    public static final StopReason START_FAILED_BATTERY_REVERSED = new StopReason(0x54);
    public static final StopReason START_FAILED_ELECTRONIC_LOCK = new StopReason(0x55);
    public static final StopReason START_FAILED_CLOSING_FAILED = new StopReason(0x56);
    public static final StopReason START_FAILED_INSULATION = new StopReason(0x57);
    public static final StopReason START_FAILED_BHM_TIMEOUT = new StopReason(0x59);
    public static final StopReason START_FAILED_BRM_TIMEOUT = new StopReason(0x5A);
    public static final StopReason START_FAILED_BCP_TIMEOUT = new StopReason(0x5B);
    public static final StopReason START_FAILED_BRO_TIMEOUT = new StopReason(0x5C);
    public static final StopReason START_FAILED_BCS_TIMEOUT = new StopReason(0x5D);
    public static final StopReason START_FAILED_BCL_TIMEOUT = new StopReason(0x5E);
    public static final StopReason START_FAILED_BSM_TIMEOUT = new StopReason(0x5F);
    public static final StopReason START_FAILED_BHM_VOLTAGE_PRESENT = new StopReason(0x60);
    public static final StopReason START_FAILED_BATTERY_VOLTAGE_MISMATCH = new StopReason(0x61);
    public static final StopReason START_FAILED_BRO_REVERTED = new StopReason(0x62);
    public static final StopReason START_FAILED_HOST_CONFIG_TIMEOUT = new StopReason(0x63);
    public static final StopReason START_FAILED_CHARGER_NOT_READY = new StopReason(0x64);
    public static final StopReason ABORTED_SYSTEM_LOCKED = new StopReason(0x6A);
    public static final StopReason ABORTED_PILOT_DISCONNECTED = new StopReason(0x6B);
    public static final StopReason ABORTED_BREAKER_TRIPPED = new StopReason(0x6C);
    public static final StopReason ABORTED_METER_COMMUNICATION = new StopReason(0x6D);
    public static final StopReason ABORTED_INSUFFICIENT_BALANCE = new StopReason(0x6E);
    public static final StopReason ABORTED_AC_PROTECTION = new StopReason(0x6F);
    public static final StopReason ABORTED_DC_PROTECTION = new StopReason(0x70);
    public static final StopReason ABORTED_MODULE_FAULT = new StopReason(0x71);
    public static final StopReason ABORTED_EMERGENCY_STOP = new StopReason(0x72);
    public static final StopReason ABORTED_SURGE_PROTECTOR = new StopReason(0x73);
    public static final StopReason ABORTED_TEMPERATURE = new StopReason(0x74);
    public static final StopReason ABORTED_OUTPUT = new StopReason(0x75);
    public static final StopReason ABORTED_NO_CURRENT = new StopReason(0x76);
    public static final StopReason ABORTED_ELECTRONIC_LOCK = new StopReason(0x77);
    public static final StopReason ABORTED_TOTAL_VOLTAGE = new StopReason(0x79);
    public static final StopReason ABORTED_TOTAL_CURRENT = new StopReason(0x7A);
    public static final StopReason ABORTED_CELL_VOLTAGE = new StopReason(0x7B);
    public static final StopReason ABORTED_PACK_OVER_TEMPERATURE = new StopReason(0x7C);
    public static final StopReason ABORTED_MAX_CELL_VOLTAGE = new StopReason(0x7D);
    public static final StopReason ABORTED_MAX_PACK_OVER_TEMPERATURE = new StopReason(0x7E);
    public static final StopReason ABORTED_BMV_CELL_VOLTAGE = new StopReason(0x7F);
    public static final StopReason ABORTED_BMT_PACK_OVER_TEMPERATURE = new StopReason(0x80);
    public static final StopReason ABORTED_BATTERY_STATE = new StopReason(0x81);
    public static final StopReason ABORTED_VEHICLE_FORBIDS = new StopReason(0x82);
    public static final StopReason ABORTED_PILE_POWER_LOSS = new StopReason(0x83);
    public static final StopReason ABORTED_BCS_TIMEOUT = new StopReason(0x84);
    public static final StopReason ABORTED_BCL_TIMEOUT = new StopReason(0x85);
    public static final StopReason ABORTED_BSM_TIMEOUT = new StopReason(0x86);
    public static final StopReason ABORTED_BST_TIMEOUT = new StopReason(0x87);
    public static final StopReason ABORTED_BSD_TIMEOUT = new StopReason(0x88);
    public static final StopReason ABORTED_CCS_TIMEOUT = new StopReason(0x89);
    public static final StopReason UNKNOWN = new StopReason(0x90);

    /** Coarse grouping of the code table; the platform's settlement logic branches on this rather than on codes. */
    public enum Category { COMPLETED, START_FAILED, ABORTED, UNKNOWN }

    public StopReason {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("StopReason code out of byte range: " + code);
        }
    }

    public static StopReason of(int code) {
        return new StopReason(code);
    }

    public Category category() {
        if (code >= 0x40 && code <= 0x49) {
            return Category.COMPLETED;
        }
        if (code >= 0x4A && code <= 0x69) {
            return Category.START_FAILED;
        }
        if (code >= 0x6A && code <= 0x8F) {
            return Category.ABORTED;
        }
        return Category.UNKNOWN;
    }

    public boolean isKnown() {
        return !"".equals(description());
    }

    /** The spec's wording, or an empty string for reserved/vendor codes. */
    public String description() {
        return switch (code) {
            case 0x40 -> "结束充电，APP 远程停止";
            case 0x41 -> "结束充电，SOC 达到 100%";
            case 0x42 -> "结束充电，充电电量满足设定条件";
            case 0x43 -> "结束充电，充电金额满足设定条件";
            case 0x44 -> "结束充电，充电时间满足设定条件";
            case 0x45 -> "结束充电，手动停止充电";
            case 0x4A -> "充电启动失败，充电桩控制系统故障(需要重启或自动恢复)";
            case 0x4B -> "充电启动失败，控制导引断开";
            case 0x4C -> "充电启动失败，断路器跳位";
            case 0x4D -> "充电启动失败，电表通信中断";
            case 0x4E -> "充电启动失败，余额不足";
            case 0x4F -> "充电启动失败，充电模块故障";
            case 0x50 -> "充电启动失败，急停开入";
            case 0x51 -> "充电启动失败，防雷器异常";
            case 0x52 -> "充电启动失败，BMS 未就绪";
            case 0x53 -> "充电启动失败，温度异常";
            case 0x54 -> "充电启动失败，电池反接故障";
            case 0x55 -> "充电启动失败，电子锁异常";
            case 0x56 -> "充电启动失败，合闸失败";
            case 0x57 -> "充电启动失败，绝缘异常";
            case 0x59 -> "充电启动失败，接收 BMS 握手报文 BHM 超时";
            case 0x5A -> "充电启动失败，接收 BMS 和车辆的辨识报文超时 BRM";
            case 0x5B -> "充电启动失败，接收电池充电参数报文超时 BCP";
            case 0x5C -> "充电启动失败，接收 BMS 完成充电准备报文超时 BRO AA";
            case 0x5D -> "充电启动失败，接收电池充电总状态报文超时 BCS";
            case 0x5E -> "充电启动失败，接收电池充电要求报文超时 BCL";
            case 0x5F -> "充电启动失败，接收电池状态信息报文超时 BSM";
            case 0x60 -> "充电启动失败，GB2015 电池在 BHM 阶段有电压不允许充电";
            case 0x61 -> "充电启动失败，GB2015 辨识阶段在 BRO_AA 时候电池实际电压与 BCP 报文电池电压差距大于 5%";
            case 0x62 -> "充电启动失败，B2015 充电机在预充电阶段从 BRO_AA 变成 BRO_00 状态";
            case 0x63 -> "充电启动失败，接收主机配置报文超时";
            case 0x64 -> "充电启动失败，充电机未准备就绪,我们没有回 CRO AA，对应老国标";
            case 0x6A -> "充电异常中止，系统闭锁";
            case 0x6B -> "充电异常中止，导引断开";
            case 0x6C -> "充电异常中止，断路器跳位";
            case 0x6D -> "充电异常中止，电表通信中断";
            case 0x6E -> "充电异常中止，余额不足";
            case 0x6F -> "充电异常中止，交流保护动作";
            case 0x70 -> "充电异常中止，直流保护动作";
            case 0x71 -> "充电异常中止，充电模块故障";
            case 0x72 -> "充电异常中止，急停开入";
            case 0x73 -> "充电异常中止，防雷器异常";
            case 0x74 -> "充电异常中止，温度异常";
            case 0x75 -> "充电异常中止，输出异常";
            case 0x76 -> "充电异常中止，充电无流";
            case 0x77 -> "充电异常中止，电子锁异常";
            case 0x79 -> "充电异常中止，总充电电压异常";
            case 0x7A -> "充电异常中止，总充电电流异常";
            case 0x7B -> "充电异常中止，单体充电电压异常";
            case 0x7C -> "充电异常中止，电池组过温";
            case 0x7D -> "充电异常中止，最高单体充电电压异常";
            case 0x7E -> "充电异常中止，最高电池组过温";
            case 0x7F -> "充电异常中止，BMV 单体充电电压异常";
            case 0x80 -> "充电异常中止，BMT 电池组过温";
            case 0x81 -> "充电异常中止，电池状态异常停止充电";
            case 0x82 -> "充电异常中止，车辆发报文禁止充电";
            case 0x83 -> "充电异常中止，充电桩断电";
            case 0x84 -> "充电异常中止，接收电池充电总状态报文超时";
            case 0x85 -> "充电异常中止，接收电池充电要求报文超时";
            case 0x86 -> "充电异常中止，接收电池状态信息报文超时";
            case 0x87 -> "充电异常中止，接收 BMS 中止充电报文超时";
            case 0x88 -> "充电异常中止，接收 BMS 充电统计报文超时";
            case 0x89 -> "充电异常中止，接收对侧 CCS 报文超时";
            case 0x90 -> "未知原因停止";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "StopReason[0x" + String.format("%02X", code) + " " + category() + (isKnown() ? " " + description() : "") + "]";
    }
}
