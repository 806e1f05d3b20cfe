package io.chargeops.api.admin;

import io.chargeops.core.identity.ConsoleCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

/**
 * The signed-in console account of an ops API request, as {@link AdminAuthentication} left it; public for the ops
 * paths kept beside their context's other resources (interconnect partners, app content).
 */
public final class Operators {

    private Operators() {
    }

    static ConsoleCaller caller(HttpServletRequest request) {
        Object caller = request.getAttribute(AdminAuthentication.CALLER);
        if (!(caller instanceof ConsoleCaller c)) {
            throw new IllegalStateException("ops API request without a signed-in caller");
        }
        return c;
    }

    /**
     * Refuses (403) a merchant or franchisee account: app users, their wallets and credentials are platform-wide (a
     * driver charges at every merchant's piles), so like the console's user and wallet screens they are platform work.
     */
    public static ConsoleCaller platformOnly(HttpServletRequest request, String what) {
        ConsoleCaller caller = caller(request);
        if (!caller.isPlatformUser()) {
            throw new ForbiddenException(what + " are platform-wide: account " + caller.loginPhone() + " acts for merchant "
                    + caller.merchantId() + " only");
        }
        return caller;
    }

    /** How command logs and audit trails name the caller: {@code operator:<phone>}. */
    static String actor(HttpServletRequest request) {
        return "operator:" + caller(request).loginPhone();
    }

    /**
     * The merchant a new station or tariff belongs to: a merchant account's own (another one is 403), for a platform
     * account the one given (400 when missing).
     */
    static Long merchant(HttpServletRequest request, Long given) {
        ConsoleCaller caller = caller(request);
        if (!caller.isPlatformUser()) {
            if (given != null && !given.equals(caller.merchantId())) {
                throw new ForbiddenException("Account " + caller.loginPhone() + " acts for merchant " + caller.merchantId() + " only");
            }
            return caller.merchantId();
        }
        if (given == null) {
            throw new BadRequestException("merchantId is required for a platform account");
        }
        return given;
    }
}
