package io.chargeops.pile.protocol.ykc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.protocol.ykc.wire.BodyReader;
import io.chargeops.pile.protocol.ykc.wire.Cp56Time2a;
import io.chargeops.pile.protocol.ykc.wire.MalformedBodyException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WireFormatTest {
    @Test
    void crcCheckValueAndSpecExample() {
        assertThat(Crc16Modbus.compute("123456789".getBytes(StandardCharsets.US_ASCII), 0, 9)).isEqualTo(0x4B37);
        byte[] loginReply = TestData.hex("68 0C 00 00 00 02 55 03 14 12 78 23 05 00 DA 4C");
        assertThat(Crc16Modbus.compute(loginReply, 2, 12)).isEqualTo(0x4CDA);
    }

    @Test
    void cp56Time2aMasksFlagsAndDayOfWeek() {
        assertThat(Cp56Time2a.decode(TestData.hex("98 B7 0E 11 10 03 14"), 0))
                .isEqualTo(LocalDateTime.of(2020, 3, 16, 17, 14, 47));
        // day-of-week bits 111 and the IV/SU flags set: same instant
        assertThat(Cp56Time2a.decode(TestData.hex("20 CB B4 97 ED 01 19"), 0))
                .isEqualTo(LocalDateTime.of(2025, 1, 13, 23, 52, 52));
        byte[] b = new byte[7];
        Cp56Time2a.encode(LocalDateTime.of(2024, 12, 18, 17, 15, 30, 123_456_789), b, 0);
        assertThat(TestData.hex(b)).isEqualTo("AB 75 0F 11 12 0C 18");
        assertThatThrownBy(() -> Cp56Time2a.decode(new byte[7], 0)).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void bcdRejectsHexNibbles() {
        assertThatThrownBy(() -> new BodyReader(TestData.hex("32 01 0A")).bcd(3))
                .isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void transactionSerialFollowsTheSpecRule() {
        TransactionSerial s = TransactionSerial.generate(PileCode.of("32010600019236"), 1,
                LocalDateTime.of(2020, 1, 6, 18, 3, 42), 3060);
        assertThat(s.digits()).isEqualTo("32010600019236012001061803423060");
        assertThat(s.pileCodeDigits()).isEqualTo("32010600019236");
        assertThatThrownBy(() -> PileCode.of("3201060001923")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PileCode.ofNumber(42).digits()).isEqualTo("00000000000042");
    }
}
