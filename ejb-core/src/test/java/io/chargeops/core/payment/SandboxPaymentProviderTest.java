package io.chargeops.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxPaymentProviderTest {

    private final SandboxPaymentProvider sandbox = new SandboxPaymentProvider();

    {
        sandbox.configuredSecret = Optional.empty();
    }

    @Test
    void theCallbackItPreparesVerifiesAndAChangedOneDoesNot() {
        Map<String, String> p = sandbox.create(new PaymentProvider.Payment("RC1", new BigDecimal("100.00"), "x", null, null));
        String body = p.get("callbackBody");
        PaymentProvider.Notification n = sandbox.verify(new PaymentProvider.Callback(
                Map.of("x-sandbox-signature", p.get("callbackSignature")), body));
        assertThat(n.orderNo()).isEqualTo("RC1");
        assertThat(n.amount()).isEqualByComparingTo("100.00");
        assertThat(n.paid()).isTrue();

        String richer = body.replace("100.00", "1000.00");
        assertThatThrownBy(() -> sandbox.verify(new PaymentProvider.Callback(
                Map.of("x-sandbox-signature", p.get("callbackSignature")), richer)))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
        assertThatThrownBy(() -> sandbox.verify(new PaymentProvider.Callback(Map.of(), body)))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
        SandboxPaymentProvider otherNode = new SandboxPaymentProvider();
        otherNode.configuredSecret = Optional.empty();
        assertThatThrownBy(() -> otherNode.verify(new PaymentProvider.Callback(
                Map.of("x-sandbox-signature", p.get("callbackSignature")), body)))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
    }
}
