package io.chargeops.core.account;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.LiveChart;
import io.chargeops.core.charging.OrderState;
import io.chargeops.core.charging.StartChannel;
import io.chargeops.core.identity.AppUserAccounts;
import io.chargeops.core.pile.GunCode;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.GunView;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.identity.AppUserStatus;
import io.chargeops.core.wallet.WalletService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Charging as the signed-in driver sees it: starts in their name (channel APP), and only their own orders — another
 * user's order number is answered exactly like an unknown one (404 {@code unknown-order}), so order numbers reveal
 * nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DriverCharging {

    @EJB
    ChargingService charging;

    @EJB
    AppUserAccounts users;

    @EJB
    WalletService wallets;

    @EJB
    PileRegistry piles;

    /**
     * Starts a charge; without a prepay the whole available balance (to the fen) is frozen. Refused as
     * {@link ChargingService#start} refuses, and 422 {@code insufficient-balance} when nothing is available.
     */
    public ChargingOrderView start(Long userId, String gunCode, BigDecimal prepay) {
        String phone = users.find(userId).filter(u -> u.status() == AppUserStatus.ACTIVE)
                .orElseThrow(AccountRefusals::unknownUser).phone();
        BigDecimal amount = prepay;
        if (amount == null) {
            Long walletId = wallets.personalWalletOf(userId).orElseThrow(AccountRefusals::unknownUser);
            amount = wallets.available(walletId).setScale(2, RoundingMode.DOWN);
            if (amount.signum() <= 0) {
                throw new RefusedException(Kind.UNPROCESSABLE, "insufficient-balance",
                        "Nothing is available in the wallet; recharge first");
            }
        }
        return charging.start(new ChargingService.StartRequest(phone, gunCode, amount, StartChannel.APP, "app:" + userId));
    }

    /**
     * "Continue charging" (继续充电): a new start for the same user on the gun of one of their SETTLED orders while the
     * car is still plugged in — the gun reports OCCUPIED (plugged, not charging) and no order has been started on it
     * since. Prepay as for {@link #start}. Refused with 409 {@code order-not-continuable} (not settled, or another
     * order on the gun since) or {@code gun-not-plugged}; otherwise as a start is refused.
     */
    public ChargingOrderView continueCharging(Long userId, String orderNo, BigDecimal prepay) {
        ChargingOrderView previous = order(userId, orderNo);
        if (previous.state() != OrderState.SETTLED) {
            throw new RefusedException(Kind.CONFLICT, "order-not-continuable",
                    "Only a finished (settled) order can be continued; this one is " + previous.state());
        }
        List<ChargingOrderView> latest = charging.list(null, previous.gunCode(), null, 1);
        if (latest.isEmpty() || !latest.get(0).orderNo().equals(previous.orderNo())) {
            throw new RefusedException(Kind.CONFLICT, "order-not-continuable",
                    "The gun has been used for another order since; scan it to start anew");
        }
        GunView gun = piles.gun(GunCode.parse(previous.gunCode())).orElseThrow(() -> unknown(orderNo));
        if (!gun.pileOnline() || gun.state() != GunState.OCCUPIED) {
            throw new RefusedException(Kind.CONFLICT, "gun-not-plugged",
                    "The gun is not plugged in any more (" + (gun.pileOnline() ? gun.state() : "OFFLINE") + ")");
        }
        return start(userId, previous.gunCode(), prepay);
    }

    public List<ChargingOrderView> orders(Long userId, OrderState state, boolean inProgressOnly, int limit) {
        List<ChargingOrderView> list = charging.listForUser(userId, state, inProgressOnly ? 200 : limit);
        return inProgressOnly ? list.stream().filter(o -> o.state().holdsGun()).limit(limit).toList() : list;
    }

    public ChargingOrderView order(Long userId, String orderNo) {
        return charging.find(orderNo).filter(o -> userId.equals(o.userId())).orElseThrow(() -> unknown(orderNo));
    }

    public LiveChart live(Long userId, String orderNo) {
        order(userId, orderNo);
        return charging.live(orderNo).orElseThrow(() -> unknown(orderNo));
    }

    public ChargingOrderView stop(Long userId, String orderNo) {
        order(userId, orderNo);
        return charging.stop(orderNo, "app:" + userId);
    }

    private static RefusedException unknown(String orderNo) {
        return new RefusedException(Kind.NOT_FOUND, "unknown-order", "No charging order " + orderNo);
    }
}
