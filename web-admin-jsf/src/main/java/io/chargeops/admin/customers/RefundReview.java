package io.chargeops.admin.customers;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.payment.RefundAudit;
import io.chargeops.core.payment.RefundAuditRow;
import io.chargeops.core.wallet.WalletException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backing bean of the refund audit ({@code /admin/refunds.xhtml}): approve, reject with a reason, mark paid out. */
@Named
@ViewScoped
public class RefundReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RefundAudit audit;

    @Inject
    ConsoleSession session;

    private String status = "PENDING";
    private String note;
    private String selected;

    public List<RefundAuditRow> getRequests() {
        return audit.list(status, 200);
    }

    /** Opens the decision dialog for one request. */
    public void choose(String requestNo) {
        selected = requestNo;
        note = null;
    }

    public void approve() {
        decide(() -> audit.approve(selected, session.actor(), note), "refunds.approved");
    }

    public void reject() {
        decide(() -> audit.reject(selected, session.actor(), note), "refunds.rejected");
    }

    public void markRefunded(String requestNo) {
        selected = requestNo;
        decide(() -> audit.markRefunded(requestNo, session.actor(), null), "refunds.paidOut");
    }

    private void decide(java.util.function.Supplier<RefundAuditRow> decision, String message) {
        if (selected == null || !session.can("refunds:decide")) {
            return;
        }
        try {
            RefundAuditRow row = decision.get();
            Messages.info(message, row.requestNo());
            selected = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        } catch (WalletException e) {
            Messages.warn("refused", e.getMessage());
        }
    }

    public String[] getStatuses() {
        return new String[] {"PENDING", "APPROVED", "REJECTED", "REFUNDED"};
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status == null || status.isBlank() ? null : status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getSelected() { return selected; }
}
