package io.chargeops.admin.orders;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.ExportProgress;
import io.chargeops.admin.shell.Exports;
import io.chargeops.admin.shell.Formats;
import io.chargeops.core.charging.OrderState;
import io.chargeops.core.report.OrderPage;
import io.chargeops.core.report.OrderQuery;
import io.chargeops.core.report.OrderRow;
import io.chargeops.core.report.OrderSearch;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationView;
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
import org.primefaces.model.SortOrder;

/** Backing bean of the order list ({@code /admin/orders.xhtml}). */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OrderSearch search;

    @EJB
    transient StationService stations;

    @Inject
    Formats fmt;

    @Inject
    ConsoleSession session;

    @Inject
    Exports exports;

    private final ExportProgress exportProgress = new ExportProgress();

    private String orderNo;
    private String userPhone;
    private String pileCode;
    private Long stationId;
    private String vin;
    private String plateNo;
    private List<StationView> stationOptions;
    private OrderState state;
    private LocalDateTime from;
    private LocalDateTime to;

    private final LazyDataModel<OrderRow> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.count(query());
        }

        @Override
        public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            OrderPage page = search.page(query(), first, pageSize, sort == null ? "createdAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(OrderRow row) {
            return row.orderNo();
        }

        @Override
        public OrderRow getRowData(String rowKey) {
            return null;
        }
    };

    OrderQuery query() {
        return new OrderQuery(orderNo, userPhone, pileCode, stationId, state == null ? null : state.name(), instant(from),
                instant(to), vin, plateNo);
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(fmt.zone()).toInstant();
    }

    /**
     * Starts writing the whole filtered list (not just the page shown) as xlsx in the background; the page shows its
     * progress and downloads it when done.
     */
    public void export() {
        if (!session.can("orders:export")) {
            return;
        }
        OrderQuery query = query();
        long total = search.count(query);
        OrderExport writer = new OrderExport(search, fmt);
        exportProgress.track(exports.start("charging-orders.xlsx", total,
                (out, text, rowWritten) -> writer.write(query, out, text, rowWritten)));
    }

    public ExportProgress getExportProgress() { return exportProgress; }

    public OrderState[] getStates() {
        return OrderState.values();
    }

    public LazyDataModel<OrderRow> getOrders() { return orders; }
    public String getOrderNo() { return orderNo; }
    public void setOrderNo(String orderNo) { this.orderNo = blank(orderNo); }
    public String getUserPhone() { return userPhone; }
    public void setUserPhone(String userPhone) { this.userPhone = blank(userPhone); }
    /** The stations the operator sees, for the station filter. */
    public List<StationView> getStations() {
        if (stationOptions == null) {
            stationOptions = stations.list(null);
        }
        return stationOptions;
    }

    public Long getStationId() { return stationId; }
    public void setStationId(Long stationId) { this.stationId = stationId; }
    public String getVin() { return vin; }
    public void setVin(String vin) { this.vin = blank(vin); }
    public String getPlateNo() { return plateNo; }
    public void setPlateNo(String plateNo) { this.plateNo = blank(plateNo); }
    public String getPileCode() { return pileCode; }
    public void setPileCode(String pileCode) { this.pileCode = blank(pileCode); }
    public OrderState getState() { return state; }
    public void setState(OrderState state) { this.state = state; }
    public LocalDateTime getFrom() { return from; }
    public void setFrom(LocalDateTime from) { this.from = from; }
    public LocalDateTime getTo() { return to; }
    public void setTo(LocalDateTime to) { this.to = to; }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
