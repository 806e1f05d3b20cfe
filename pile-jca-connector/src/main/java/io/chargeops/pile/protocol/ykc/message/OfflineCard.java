package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.struct;

import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;

/** One card of an offline-card download (0x44): printed number plus the chip number the pile compares. */
public record OfflineCard(LogicalCardNo logicalCard, PhysicalCardNo physicalCard) {
    static final Fields.Struct<OfflineCard> FIELD = struct("card", RecordSchema.of(OfflineCard.class,
            Layout.LOGICAL_CARD,
            Layout.card("physicalCard")));
}
