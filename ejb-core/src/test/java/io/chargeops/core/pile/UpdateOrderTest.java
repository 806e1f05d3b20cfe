package io.chargeops.core.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.PileOperations.UpdateOrder;
import org.junit.jupiter.api.Test;

/** A firmware update order is refused when a field would not fit the 0x94 frame, without echoing the password. */
class UpdateOrderTest {

    @Test
    void fieldsThatFitTheFrameAreAccepted() {
        UpdateOrder order = new UpdateOrder(null, "10.0.0.8", 21, null, null, "/fw/" + "x".repeat(28), true, 255);
        assertThat(order.username()).isEmpty();
        assertThat(order.password()).isEmpty();
        assertThat(order.filePath()).hasSize(32);
    }

    @Test
    void overLongOrNonAsciiFieldsAreRefusedWithTheFieldNamed() {
        assertRefused(() -> new UpdateOrder(null, "ftp.example-long.cn", 21, "u", "p", "/fw.bin", false, 10), "server address");
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 21, "用户", "p", "/fw.bin", false, 10), "user name");
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 21, "u", "p", "/" + "x".repeat(32), false, 10), "file path");
        assertRefused(() -> new UpdateOrder(null, " ", 21, "u", "p", "/fw.bin", false, 10), "server address is required");
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 21, "u", "p", null, false, 10), "file path is required");
    }

    @Test
    void numbersOutsideTheFrameAreRefused() {
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 0, "u", "p", "/fw.bin", false, 10), "port");
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 65536, "u", "p", "/fw.bin", false, 10), "port");
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 21, "u", "p", "/fw.bin", false, 0), "download timeout");
        assertRefused(() -> new UpdateOrder(null, "10.0.0.8", 21, "u", "p", "/fw.bin", false, 256), "download timeout");
        assertRefused(() -> new UpdateOrder(-1, "10.0.0.8", 21, "u", "p", "/fw.bin", false, 10), "rated power");
    }

    @Test
    void aRefusedPasswordIsNotRepeated() {
        String password = "s3cret-but-far-too-long";
        assertThatThrownBy(() -> new UpdateOrder(null, "10.0.0.8", 21, "u", password, "/fw.bin", false, 10))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("password")
                .hasMessageNotContaining(password);
    }

    private static void assertRefused(Runnable order, String messagePart) {
        assertThatThrownBy(order::run).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid-update");
            assertThat(e.kind()).isEqualTo(RefusedException.Kind.UNPROCESSABLE);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
