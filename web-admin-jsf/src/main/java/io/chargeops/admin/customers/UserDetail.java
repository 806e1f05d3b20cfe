package io.chargeops.admin.customers;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.AppUserDirectory;
import io.chargeops.core.identity.AppUserDirectory.AppUserRow;
import io.chargeops.core.payment.RefundAudit;
import io.chargeops.core.payment.RefundAuditRow;
import io.chargeops.core.report.OrderQuery;
import io.chargeops.core.report.OrderRow;
import io.chargeops.core.report.OrderSearch;
import io.chargeops.core.wallet.LedgerLine;
import io.chargeops.core.wallet.WalletCommands;
import io.chargeops.core.wallet.WalletException;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.core.wallet.WalletView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Backing bean of one app user ({@code /admin/user.xhtml?id=}): profile, wallet, ledger newest first, recent orders,
 * refund requests, and the operator's recharge (充值) of principal and/or gift, recorded as an ADJUSTMENT that names
 * the operator and the reason. Each form shown carries its own idempotency key, so a double submit credits once.
 */
@Named
@ViewScoped
public class UserDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AppUserDirectory users;

    @EJB
    transient WalletService wallets;

    @EJB
    transient WalletCommands walletCommands;

    @EJB
    transient OrderSearch orders;

    @EJB
    transient RefundAudit refunds;

    @Inject
    ConsoleSession session;

    private Long id;
    private AppUserRow user;
    private WalletView wallet;
    private BigDecimal principal;
    private BigDecimal gift;
    private String reason;
    private String statusReason;
    private String rechargeKey = UUID.randomUUID().toString();

    public void load() {
        user = users.find(id).orElse(null);
        wallet = user == null ? null : wallets.personalWalletOf(user.id()).flatMap(wallets::view).orElse(null);
    }

    public List<LedgerLine> getLedger() {
        if (wallet == null) {
            return List.of();
        }
        List<LedgerLine> lines = new ArrayList<>(wallets.ledgerLines(wallet.walletId()));
        Collections.reverse(lines);
        return lines.size() > 200 ? lines.subList(0, 200) : lines;
    }

    public List<OrderRow> getOrders() {
        return user == null ? List.of() : orders.page(new OrderQuery(null, user.phone(), null, null, null, null, null),
                0, 20, "createdAt", false).rows();
    }

    public List<RefundAuditRow> getRefunds() {
        return user == null ? List.of() : refunds.ofUser(user.id());
    }

    public void recharge() {
        if (wallet == null || !session.can("wallets:recharge")) {
            return;
        }
        BigDecimal p = principal == null ? BigDecimal.ZERO : principal;
        BigDecimal g = gift == null ? BigDecimal.ZERO : gift;
        if (p.signum() < 0 || g.signum() < 0 || p.add(g).signum() == 0 || reason == null || reason.isBlank()) {
            Messages.warn("user.rechargeInvalid");
            return;
        }
        try {
            walletCommands.adjust(wallet.walletId(), p, g, session.actor(), reason.trim(), "console-recharge:" + rechargeKey);
            Messages.info("user.recharged", p.add(g));
            principal = null;
            gift = null;
            reason = null;
            rechargeKey = UUID.randomUUID().toString();
        } catch (RefusedException e) {
            Messages.refused(e);
        } catch (WalletException e) {
            Messages.warn("refused", e.getMessage());
        } catch (EJBException e) {
            Messages.warn("refused", e.getCausedByException() == null ? e.getMessage() : e.getCausedByException().getMessage());
        }
        load();
    }

    /** 停用 / 启用 the user, with a reason (operation log). */
    public void changeStatus(boolean disable) {
        if (user == null || !session.can("users:disable")) {
            return;
        }
        try {
            users.changeStatus(user.id(), disable, statusReason);
            Messages.info(disable ? "user.disabled" : "user.enabled");
            statusReason = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        } catch (EJBException e) {
            Messages.warn("refused", e.getCausedByException() == null ? e.getMessage() : e.getCausedByException().getMessage());
        }
        load();
    }

    public String getStatusReason() { return statusReason; }
    public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AppUserRow getUser() { return user; }
    public WalletView getWallet() { return wallet; }
    public BigDecimal getPrincipal() { return principal; }
    public void setPrincipal(BigDecimal principal) { this.principal = principal; }
    public BigDecimal getGift() { return gift; }
    public void setGift(BigDecimal gift) { this.gift = gift; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
