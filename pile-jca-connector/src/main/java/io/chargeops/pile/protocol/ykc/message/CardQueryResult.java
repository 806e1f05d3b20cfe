package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.struct;

import io.chargeops.pile.protocol.ykc.types.CardPresence;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;

/** Per-card answer in 0x47. */
public record CardQueryResult(PhysicalCardNo card, CardPresence presence) {
    static final Fields.Struct<CardQueryResult> FIELD = struct("result", RecordSchema.of(CardQueryResult.class,
            Layout.card("card"),
            code("presence", CardPresence.class)));
}
