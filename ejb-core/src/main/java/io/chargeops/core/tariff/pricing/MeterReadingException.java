package io.chargeops.core.tariff.pricing;

/**
 * Energy input the calculator refuses rather than guesses at (readings out of order, negative or too precise values, a
 * meter that runs backwards): billing a wrong kWh figure is worse than sending the order to manual settlement.
 */
public class MeterReadingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MeterReadingException(String message) {
        super(message);
    }
}
