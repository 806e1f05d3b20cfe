package io.chargeops.pile.ra.session;

import io.chargeops.pile.protocol.ykc.message.BalanceUpdateRequest;
import io.chargeops.pile.protocol.ykc.message.BalanceUpdateResponse;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommand;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommandResponse;
import io.chargeops.pile.protocol.ykc.message.ParallelRemoteStartRequest;
import io.chargeops.pile.protocol.ykc.message.ParallelRemoteStartResponse;
import io.chargeops.pile.protocol.ykc.message.ReadRealTimeData;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStartResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStopRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStopResponse;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a pile's answer is matched to the platform command it answers. YKC answers do not echo the command's sequence
 * number reliably across vendors, so the key is what the protocol does carry: the answer type plus the gun and/or
 * transaction serial (or physical card for 0x42/0x41). Commands whose answer carries nothing more (0x58→0x57,
 * 0x56→0x55, 0x52→0x51, 0x92→0x91, 0x94→0x93, 0x44→0x43, 0x46→0x45, 0x48→0x47) are matched by pile and answer
 * type alone; concurrent ones of the same type are answered first-come first-served.
 */
public final class Correlation {

    /** What identifies one outstanding request on a connection. */
    public record Key(int answerType, Object discriminator) {
    }

    private static final Object NONE = List.of();

    /** command type → answer type, for the commands the spec pairs explicitly. */
    private static final Map<Integer, Integer> ANSWER_OF = Map.ofEntries(
            Map.entry(0x34, 0x33), Map.entry(0x36, 0x35), Map.entry(0x12, 0x13), Map.entry(0x58, 0x57),
            Map.entry(0x56, 0x55), Map.entry(0x52, 0x51), Map.entry(0x92, 0x91), Map.entry(0x94, 0x93),
            Map.entry(0x62, 0x63), Map.entry(0x42, 0x41), Map.entry(0x44, 0x43), Map.entry(0x46, 0x45),
            Map.entry(0x48, 0x47), Map.entry(0xA4, 0xA3));

    private static final Map<Integer, Function<YkcMessage, Object>> COMMAND_KEY = Map.of(
            0x34, m -> List.of(((RemoteStartRequest) m).serial(), ((RemoteStartRequest) m).gunNo()),
            0xA4, m -> List.of(((ParallelRemoteStartRequest) m).serial(), ((ParallelRemoteStartRequest) m).gunNo()),
            0x36, m -> List.of(((RemoteStopRequest) m).gunNo()),
            0x12, m -> List.of(((ReadRealTimeData) m).gunNo()),
            0x62, m -> List.of(((GroundLockCommand) m).gunNo()),
            0x42, m -> List.of(((BalanceUpdateRequest) m).physicalCard()));

    private static final Map<Integer, Function<YkcMessage, Object>> ANSWER_KEY = Map.of(
            0x33, m -> List.of(((RemoteStartResponse) m).serial(), ((RemoteStartResponse) m).gunNo()),
            0xA3, m -> List.of(((ParallelRemoteStartResponse) m).serial(), ((ParallelRemoteStartResponse) m).gunNo()),
            0x35, m -> List.of(((RemoteStopResponse) m).gunNo()),
            0x13, m -> List.of(((RealTimeData) m).gunNo()),
            0x63, m -> List.of(((GroundLockCommandResponse) m).gunNo()),
            0x41, m -> List.of(((BalanceUpdateResponse) m).physicalCard()));

    private Correlation() {
    }

    /**
     * The key an answer of type {@code answerType} to {@code command} will carry.
     *
     * @throws IllegalArgumentException when {@code answerType} does not answer {@code command}, or the answer type
     *                                  carries a gun/serial the command does not provide
     */
    public static Key forRequest(YkcMessage command, int answerType) {
        int commandType = command.messageType().code();
        Integer expected = ANSWER_OF.get(commandType);
        if (expected != null && expected != answerType) {
            throw new IllegalArgumentException(String.format("0x%02X is answered by 0x%02X, not 0x%02X", commandType,
                    expected, answerType));
        }
        if (expected == null && ANSWER_KEY.containsKey(answerType)) {
            throw new IllegalArgumentException(String.format("0x%02X answers are matched by gun/serial, which 0x%02X "
                    + "does not carry", answerType, commandType));
        }
        Function<YkcMessage, Object> key = COMMAND_KEY.get(commandType);
        return new Key(answerType, key == null ? NONE : key.apply(command));
    }

    /** The key of a frame received from a pile. */
    public static Key forAnswer(YkcMessage answer) {
        int type = answer.messageType().code();
        Function<YkcMessage, Object> key = ANSWER_KEY.get(type);
        return new Key(type, key == null ? NONE : key.apply(answer));
    }
}
