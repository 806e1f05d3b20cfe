package io.chargeops.core.account;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;

/** The refusals of the account context, with the stable codes the API documents. */
final class AccountRefusals {

    private AccountRefusals() {
    }

    static RefusedException invalidPhone(String phone) {
        return new RefusedException(Kind.INVALID, "invalid-phone", "Not a mainland China mobile number (11 digits, 1[3-9]…): " + phone);
    }

    static RefusedException wrongCode() {
        return new RefusedException(Kind.UNPROCESSABLE, "wrong-sms-code",
                "The code is wrong, expired or used up; request a new one");
    }

    static RefusedException accountDisabled() {
        return new RefusedException(Kind.CONFLICT, "account-disabled", "This account is disabled; contact customer service");
    }

    static RefusedException invalidRefreshToken() {
        return new RefusedException(Kind.UNPROCESSABLE, "invalid-refresh-token",
                "The refresh token is unknown, expired or revoked; sign in again");
    }

    static RefusedException smsNotSent(String detail) {
        return new RefusedException(Kind.CONFLICT, "sms-not-sent", "The SMS could not be sent, try again later: " + detail);
    }

    static RefusedException unknownUser() {
        return new RefusedException(Kind.NOT_FOUND, "unknown-user", "No such active app user");
    }

    static RefusedException deletionBlocked(String why) {
        return new RefusedException(Kind.CONFLICT, "account-deletion-blocked", why);
    }

    static RefusedException invalidNickname(String detail) {
        return new RefusedException(Kind.INVALID, "invalid-nickname", detail);
    }

    static RefusedException miniProgramUnavailable(MiniProgramPlatform platform, String detail) {
        return new RefusedException(Kind.CONFLICT, "mini-program-unavailable",
                "Sign-in with " + platform + " is not available now: " + detail);
    }

    static RefusedException invalidMiniProgramCode() {
        return new RefusedException(Kind.UNPROCESSABLE, "invalid-mini-program-code",
                "The mini-program login code is invalid or used; call wx.login / my.getAuthCode again");
    }

    static RefusedException phoneVerificationRequired(MiniProgramPlatform platform) {
        return new RefusedException(Kind.UNPROCESSABLE, "phone-verification-required",
                "First sign-in with this " + platform + " account: request an SMS code (POST auth/sms-codes) and send "
                        + "phone and smsCode with a new login code");
    }

    static RefusedException miniProgramAlreadyLinked(MiniProgramPlatform platform) {
        return new RefusedException(Kind.CONFLICT, "mini-program-already-linked",
                "This phone's account is already linked to another " + platform + " account");
    }
}
