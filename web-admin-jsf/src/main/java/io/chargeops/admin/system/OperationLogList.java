package io.chargeops.admin.system;

import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.audit.OperationLog;
import io.chargeops.core.audit.OperationLog.Filter;
import io.chargeops.core.audit.OperationLog.Row;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backing bean of the operation log ({@code /admin/oplog.xhtml}): who, record type and key, time range; paged. */
@Named
@ViewScoped
public class OperationLogList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OperationLog log;

    @Inject
    Formats fmt;

    private String actor;
    private String recordType;
    private String recordKey;
    private LocalDateTime from;
    private LocalDateTime to;

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(filter());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount((int) log.count(filter()));
            return log.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }
    };

    private Filter filter() {
        return new Filter(blank(actor), blank(recordType), blank(recordKey), instant(from), instant(to));
    }

    public List<String> getRecordTypes() {
        return log.recordTypes();
    }

    /** The action in the operator's language; an action the bundle does not name shows as its code. */
    public String action(String code) {
        if (code.startsWith("command.")) {
            return Messages.text("oplog.action.command") + " " + code.substring("command.".length());
        }
        try {
            return Messages.text("oplog.action." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(fmt.zone()).toInstant();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<Row> getEntries() { return rows; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public String getRecordKey() { return recordKey; }
    public void setRecordKey(String recordKey) { this.recordKey = recordKey; }
    public LocalDateTime getFrom() { return from; }
    public void setFrom(LocalDateTime from) { this.from = from; }
    public LocalDateTime getTo() { return to; }
    public void setTo(LocalDateTime to) { this.to = to; }
}
