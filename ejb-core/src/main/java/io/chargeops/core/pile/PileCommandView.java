package io.chargeops.core.pile;

import java.time.Instant;

/** One entry of a pile's command log (远程指令记录) as the ops API and console show it. */
public record PileCommandView(Long id, String pileCode, Integer gunNo, String commandType, String frameType,
                              String payload, String actor, Instant sentAt, Instant answeredAt, String answer,
                              PileCommandResult result) {

    static PileCommandView of(PileCommandRecord r) {
        return new PileCommandView(r.getId(), r.getPileCode(), r.getGunNo(), r.getCommandType(),
                String.format("0x%02X", r.getFrameType()), r.getPayloadSummary(), r.getActor(), r.getSentAt(),
                r.getAnsweredAt(), r.getAnswerSummary(), r.getResult());
    }
}
