package io.chargeops.api.app;

import io.chargeops.core.account.TokenPair;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.LiveChart;
import io.chargeops.core.wallet.LedgerLine;
import io.chargeops.core.wallet.WalletView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the app API that are the app's own cut of a core view. */
public final class AppViews {

    private AppViews() {
    }

    @Schema(name = "Tokens", description = "Access token (JWT, RS256, Bearer) and rotating refresh token")
    public record Tokens(Long userId, String tokenType, String accessToken, long expiresIn, Instant accessExpiresAt,
                         String refreshToken, Instant refreshExpiresAt, boolean newUser) {

        static Tokens of(TokenPair t) {
            return new Tokens(t.userId(), "Bearer", t.accessToken(),
                    Math.max(0, t.accessExpiresAt().getEpochSecond() - Instant.now().getEpochSecond()),
                    t.accessExpiresAt(), t.refreshToken(), t.refreshExpiresAt(), t.newUser());
        }
    }

    @Schema(name = "CodeSent")
    public record CodeSent(long expiresInSeconds, long resendAfterSeconds) {
    }

    @Schema(name = "AppWallet", description = "Balance = principal + gift; available = balance - frozen; refundable = "
            + "online-recharged principal that may be asked back")
    public record Wallet(BigDecimal balance, BigDecimal principal, BigDecimal gift, BigDecimal frozen,
                         BigDecimal available, BigDecimal refundable) {

        static Wallet of(WalletView w, BigDecimal refundable) {
            return new Wallet(m(w.balance()), m(w.principal()), m(w.gift()), m(w.frozen()), m(w.available()), refundable);
        }
    }

    @Schema(name = "LedgerPage")
    public record LedgerPage(List<LedgerLine> items, int page, int size, long total) {
    }

    @Schema(name = "FeeLine", description = "The fee of one TOU period type (尖/峰/平/谷)")
    public record FeeLine(String rateType, BigDecimal energyKwh, BigDecimal electricityPrice, BigDecimal servicePrice,
                          BigDecimal electricityAmount, BigDecimal serviceAmount, BigDecimal amount) {
    }

    @Schema(name = "Bill", description = "A settled order's bill")
    public record Bill(BigDecimal electricityAmount, BigDecimal serviceAmount, BigDecimal discountAmount,
                       BigDecimal totalAmount, BigDecimal payableAmount, BigDecimal paidAmount, BigDecimal arrearsAmount,
                       List<FeeLine> lines) {
    }

    @Schema(name = "AppOrder", description = "A charging order as its user sees it; orderNo is the 32-digit transaction serial")
    public record Order(String orderNo, String state, String gunCode, String pileCode, int gunNo, Long stationId,
                        BigDecimal prepayAmount, Instant createdAt, Instant startedAt, Instant stoppedAt,
                        Instant settledAt, BigDecimal energyKwh, BigDecimal amount, Integer soc, BigDecimal voltage,
                        BigDecimal current, BigDecimal powerKw, Integer chargingMinutes, Integer remainingMinutes,
                        Instant liveAt, String stopReason, String failureReason, Bill bill) {

        static Order of(ChargingOrderView o) {
            Bill bill = null;
            if (o.settlement() != null) {
                var s = o.settlement();
                bill = new Bill(s.electricityAmount(), s.serviceAmount(), s.discountAmount(), s.totalAmount(),
                        s.payableAmount(), s.paidAmount(), s.arrearsAmount(), s.lines().stream()
                        .map(l -> new FeeLine(l.rateType(), l.energyKwh(), l.electricityPrice(), l.servicePrice(),
                                l.electricityAmount(), l.serviceAmount(), add(l.electricityAmount(), l.serviceAmount())))
                        .toList());
            }
            return new Order(o.orderNo(), o.state().name(), o.gunCode(), o.pileCode(), o.gunNo(), o.stationId(),
                    o.prepayAmount(), o.createdAt(), o.startedAt(), o.stoppedAt(), o.settledAt(), o.energyKwh(), o.amount(),
                    o.soc(), o.voltage(), o.current(), o.powerKw(), o.chargingMinutes(), o.remainingMinutes(), o.liveAt(),
                    o.stopReason(), o.failureReason(), bill);
        }
    }

    @Schema(name = "LivePage", description = "Live charging page: the order's latest figures and the chart's history")
    public record Live(Order order, List<LiveChart.Point> history) {

        static Live of(LiveChart chart) {
            return new Live(Order.of(chart.order()), chart.history());
        }
    }

    @Schema(name = "RechargeOptions")
    public record RechargeOptions(List<BigDecimal> quickAmounts, BigDecimal minAmount, BigDecimal maxAmount,
                                  List<String> providers) {
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).add(b == null ? BigDecimal.ZERO : b);
    }

    private static BigDecimal m(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
