package io.chargeops.core.account;

/**
 * Exchanges a mini-program login code for the user's identity on that platform. Implementations are
 * {@code @ApplicationScoped} beans; {@link MiniProgramProviders} picks, per platform, the real one when it is configured
 * and otherwise the {@code sandbox} one (embedded default only).
 */
public interface MiniProgramProvider {

    /** {@code wechat}, {@code alipay} or {@code sandbox}. */
    String name();

    /** Whether this provider serves {@code platform}. */
    boolean serves(MiniProgramPlatform platform);

    /** Whether its settings are present (the sandbox is always "configured"). */
    boolean configured();

    /**
     * The identity behind a one-time login code.
     *
     * @throws MiniProgramLoginException the platform refused the code or could not be reached
     */
    MiniProgramIdentity exchange(MiniProgramPlatform platform, String code);

    /** openid (per mini-program app) and, when the platform knows it, the unionid (per open-platform account). */
    record MiniProgramIdentity(String openid, String unionid) {
    }

    /** The exchange failed: {@code codeRefused} when the platform said the code is invalid or used. */
    class MiniProgramLoginException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean codeRefused;

        public MiniProgramLoginException(boolean codeRefused, String message, Throwable cause) {
            super(message, cause);
            this.codeRefused = codeRefused;
        }

        public boolean codeRefused() {
            return codeRefused;
        }
    }
}
