package io.chargeops.core.interconnect;

/** A request the envelope layer refuses with a {@link CecRet} other than OK; {@code getMessage()} becomes {@code Msg}. */
public class CecException extends RuntimeException {

    private final CecRet ret;

    public CecException(CecRet ret, String message) {
        super(message, null, false, false);
        this.ret = ret;
    }

    public CecRet ret() {
        return ret;
    }
}
