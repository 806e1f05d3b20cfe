package io.chargeops.admin.dashboard;

import io.chargeops.core.pile.GunState;
import io.chargeops.core.report.DashboardView;
import io.chargeops.core.report.DayFigures;
import io.chargeops.core.report.Reports;
import io.chargeops.core.report.TrendRange;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/** Backing bean of the dashboard ({@code /admin/index.xhtml}); {@code ?station=} narrows it to one station. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Reports reports;

    @EJB
    transient StationService stations;

    private Long stationId;
    private TrendRange range = TrendRange.LAST_30_DAYS;
    private DashboardView view;
    private List<StationView> stationOptions;

    public DashboardView getView() {
        if (view == null) {
            view = reports.dashboard(stationId);
        }
        return view;
    }

    public void refresh() {
        view = null;
    }

    public List<StationView> getStations() {
        if (stationOptions == null) {
            stationOptions = stations.list(null);
        }
        return stationOptions;
    }

    public GunState[] getGunStates() {
        return GunState.values();
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
        view = null;
    }

    public TrendRange getRange() {
        return range;
    }

    public void setRange(TrendRange range) {
        this.range = range == null ? TrendRange.LAST_30_DAYS : range;
    }

    public TrendRange[] getRanges() {
        return TrendRange.values();
    }

    /**
     * Chart.js line chart of the chosen range (30 days, last month, 12 months): energy (kWh) on the left axis, order
     * total, electricity and service fee (元) on the right.
     */
    public String getTrendChart() {
        ResourceBundle text = text();
        List<DayFigures> days = range == TrendRange.LAST_30_DAYS ? getView().trend() : reports.trend(range, stationId);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        // days as MM-dd, months as yyyy-MM
        days.forEach(d -> labels.add(range == TrendRange.LAST_12_MONTHS ? d.day().toString().substring(0, 7)
                : d.day().toString().substring(5)));
        JsonObjectBuilder data = Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                .add(dataset(text.getString("dash.energy"), days, d -> d.energyKwh().doubleValue(), "#1e88e5", "y"))
                .add(dataset(text.getString("dash.total"), days, d -> d.totalAmount().doubleValue(), "#0b6e4f", "y1"))
                .add(dataset(text.getString("dash.electricity"), days, d -> d.electricityAmount().doubleValue(), "#f0a020", "y1"))
                .add(dataset(text.getString("dash.service"), days, d -> d.serviceAmount().doubleValue(), "#8e44ad", "y1")));
        JsonObjectBuilder options = Json.createObjectBuilder().add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("position", "left").add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "kWh")))
                        .add("y1", Json.createObjectBuilder().add("position", "right").add("beginAtZero", true)
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "元"))));
        return Json.createObjectBuilder().add("type", "line").add("data", data).add("options", options).build().toString();
    }

    /** Chart.js doughnut of the TOU energy split (尖峰平谷). */
    public String getTouChart() {
        ResourceBundle text = text();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (DashboardView.EnergyShare share : getView().touSplit()) {
            labels.add(text.getString("rate." + share.rateType()));
            values.add(share.energyKwh().doubleValue());
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("data", values).add("backgroundColor",
                        Json.createArrayBuilder().add("#d9363e").add("#f0a020").add("#1e88e5").add("#2e9d5b"))));
        return Json.createObjectBuilder().add("type", "doughnut").add("data", data)
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<DayFigures> days, Function<DayFigures, Double> value,
            String colour, String axis) {
        JsonArrayBuilder points = Json.createArrayBuilder();
        days.forEach(d -> points.add(value.apply(d)));
        return Json.createObjectBuilder().add("label", label).add("data", points).add("borderColor", colour)
                .add("backgroundColor", colour).add("yAxisID", axis).add("tension", 0.25).add("pointRadius", 2);
    }

    private static ResourceBundle text() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "text");
    }
}
