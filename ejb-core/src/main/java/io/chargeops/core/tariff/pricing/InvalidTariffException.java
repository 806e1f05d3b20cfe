package io.chargeops.core.tariff.pricing;

/** A tariff that cannot price a whole day: wrong slot count, an unpriced rate type in use, a bad price. */
public class InvalidTariffException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidTariffException(String message) {
        super(message);
    }

    public InvalidTariffException(String message, Throwable cause) {
        super(message, cause);
    }
}
