package io.chargeops.admin.system;

import io.chargeops.admin.shell.Formats;
import io.chargeops.core.identity.ConsoleSignInAttempt;
import io.chargeops.core.identity.ConsoleSignIns;
import io.chargeops.core.identity.ConsoleSignIns.Filter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backing bean of the sign-in log ({@code /admin/signins.xhtml}): phone, result, time range; paged. */
@Named
@ViewScoped
public class SignInLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ConsoleSignIns signIns;

    @Inject
    Formats fmt;

    private String phone;
    private String result;
    private LocalDateTime from;
    private LocalDateTime to;

    private final LazyDataModel<ConsoleSignInAttempt> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) signIns.count(filter());
        }

        @Override
        public List<ConsoleSignInAttempt> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
            setRowCount((int) signIns.count(filter()));
            return signIns.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ConsoleSignInAttempt row) {
            return row.loginPhone() + "@" + row.attemptedAt();
        }

        @Override
        public ConsoleSignInAttempt getRowData(String rowKey) {
            return null;
        }
    };

    private Filter filter() {
        Boolean succeeded = "OK".equals(result) ? Boolean.TRUE : "FAILED".equals(result) ? Boolean.FALSE : null;
        return new Filter(phone == null || phone.isBlank() ? null : phone.trim(), succeeded, instant(from), instant(to));
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(fmt.zone()).toInstant();
    }

    public LazyDataModel<ConsoleSignInAttempt> getAttempts() { return rows; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public LocalDateTime getFrom() { return from; }
    public void setFrom(LocalDateTime from) { this.from = from; }
    public LocalDateTime getTo() { return to; }
    public void setTo(LocalDateTime to) { this.to = to; }
}
