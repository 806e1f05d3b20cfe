package io.chargeops.core.pile;

/**
 * Where the pile connector's connection factory ({@link io.chargeops.pile.api.PileGatewayFactory}) is bound. The
 * name is the same in both runtime shapes; what differs is which descriptor defines it and how it names the adapter
 * (micro's {@code WEB-INF/web.xml}: {@code pile-jca-connector}; the EAR's {@code application.xml}:
 * {@code #pile-jca-connector}) — a resource definition's adapter name is not variable-expanded by Payara, so one
 * annotation cannot serve both.
 */
public final class PileGateways {

    public static final String JNDI_NAME = "java:app/chargeops/pile-gateway";

    private PileGateways() {
    }
}
