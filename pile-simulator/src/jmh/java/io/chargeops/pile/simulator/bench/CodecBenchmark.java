package io.chargeops.pile.simulator.bench;

import io.chargeops.pile.protocol.ykc.Crc16Modbus;
import io.chargeops.pile.protocol.ykc.FrameScanner;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.PeriodUsage;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.GunHomed;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.StopReason;
import io.chargeops.pile.protocol.ykc.types.TradeFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Per-frame cost of the YKC codec on the two most frequent large frames: real-time data (0x13) and bills (0x3B). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {
    private final YkcCodec codec = YkcCodec.standard();
    private FrameScanner scanner;
    private YkcPacket realTime;
    private YkcPacket bill;
    private ByteBuf realTimeFrame;
    private ByteBuf billFrame;
    private byte[] billBytes;
    private ByteBuf out;

    @Setup
    public void setUp() {
        PileCode pile = PileCode.of("32010600000001");
        TransactionSerial serial = TransactionSerial.generate(pile, 1, LocalDateTime.of(2025, 3, 20, 23, 28, 5), 1);
        realTime = YkcPacket.of(0x216F, new RealTimeData(serial, pile, 1, GunStatus.CHARGING, GunHomed.NO, true,
                new BigDecimal("400.0"), new BigDecimal("150.0"), 39, "0000000000000000", 57, 31, 40, 35,
                new BigDecimal("4.6223"), new BigDecimal("4.6223"), new BigDecimal("5.5468"), 0));
        PeriodUsage u = new PeriodUsage(new BigDecimal("1.20000"), new BigDecimal("10.5000"),
                new BigDecimal("10.5000"), new BigDecimal("12.6000"));
        bill = YkcPacket.of(0x0677, new TransactionRecord(serial, pile, 1, LocalDateTime.of(2025, 3, 20, 23, 28, 5),
                LocalDateTime.of(2025, 3, 21, 1, 2, 3), u, u, u, u, new BigDecimal("1234.5678"),
                new BigDecimal("1276.5678"), new BigDecimal("42.0000"), new BigDecimal("42.0000"),
                new BigDecimal("50.4000"), "LSVAU2180N2183294", TradeFlag.APP, LocalDateTime.of(2025, 3, 21, 1, 2, 4),
                StopReason.APP_REMOTE_STOP, PhysicalCardNo.of("00000000D14B0A54")));
        realTimeFrame = Unpooled.wrappedBuffer(codec.encode(realTime));
        billBytes = codec.encode(bill);
        billFrame = Unpooled.wrappedBuffer(billBytes);
        scanner = codec.newScanner();
        out = Unpooled.buffer(512);
    }

    @Benchmark
    public void decodeRealTimeData(Blackhole bh) {
        realTimeFrame.readerIndex(0);
        scanner.scan(realTimeFrame, bh::consume);
    }

    @Benchmark
    public void decodeTransactionRecord(Blackhole bh) {
        billFrame.readerIndex(0);
        scanner.scan(billFrame, bh::consume);
    }

    @Benchmark
    public int crcTransactionRecord() {
        return Crc16Modbus.compute(billBytes, 2, billBytes.length - 4);
    }

    @Benchmark
    public ByteBuf encodeRealTimeData() {
        out.clear();
        codec.encode(realTime, out);
        return out;
    }

    @Benchmark
    public ByteBuf encodeTransactionRecord() {
        out.clear();
        codec.encode(bill, out);
        return out;
    }
}
