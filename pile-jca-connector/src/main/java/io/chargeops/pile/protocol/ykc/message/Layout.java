package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bcd;
import static io.chargeops.pile.protocol.ykc.wire.Fields.hex;

import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.ParallelSerial;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.protocol.ykc.wire.Fields;

/** Field definitions that recur across many frames; fields are stateless, so one instance serves every layout. */
final class Layout {
    static final Fields.Bcd<PileCode> PILE = bcd("pileCode", 7, PileCode.class, PileCode::new, PileCode::digits);
    static final Fields.BcdInt GUN = Fields.gun("gunNo");
    static final Fields.Bcd<TransactionSerial> SERIAL =
            bcd("serial", 16, TransactionSerial.class, TransactionSerial::new, TransactionSerial::digits);
    static final Fields.Bcd<BillingModelId> MODEL_ID =
            bcd("modelId", 2, BillingModelId.class, BillingModelId::new, BillingModelId::digits);
    static final Fields.Bcd<LogicalCardNo> LOGICAL_CARD =
            bcd("logicalCard", 8, LogicalCardNo.class, LogicalCardNo::new, LogicalCardNo::digits);
    static final Fields.Bcd<ParallelSerial> PARALLEL_SERIAL =
            bcd("parallelSerial", 6, ParallelSerial.class, ParallelSerial::new, ParallelSerial::digits);

    private Layout() {
    }

    static Fields.Hex<PhysicalCardNo> card(String name) {
        return hex(name, 8, PhysicalCardNo.class, PhysicalCardNo::new, PhysicalCardNo::hex);
    }
}
