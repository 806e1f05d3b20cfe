package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.struct;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;

/**
 * Per-card outcome in 0x45. The failure-reason byte is kept raw: the spec lists it twice with contradicting meanings
 * (0x01 "card format" in both, 0x00 vs 0x02 for "cleared").
 */
public record CardClearResult(PhysicalCardNo card, SuccessFlag cleared, int failureReason) {
    static final Fields.Struct<CardClearResult> FIELD = struct("result", RecordSchema.of(CardClearResult.class,
            Layout.card("card"),
            code("cleared", SuccessFlag.class),
            u8("failureReason")));
}
