package io.chargeops.admin.orders;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.LiveChart;
import io.chargeops.core.charging.OrderEventView;
import io.chargeops.core.charging.OrderState;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Backing bean of an order's detail ({@code /admin/order.xhtml?no=}). */
@Named
@ViewScoped
public class OrderDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ChargingService charging;

    @Inject
    ConsoleSession session;

    @Inject
    Formats fmt;

    private String no;
    private ChargingOrderView order;
    private List<OrderEventView> trail;
    private String liveChart;
    private BigDecimal settleAmount;
    private String settleReason;

    public void load() {
        order = no == null ? null : charging.find(no).orElse(null);
        if (order != null) {
            trail = charging.trail(no);
            liveChart = charging.live(no).map(this::chart).orElse(null);
        }
    }

    public boolean isSettleable() {
        return order != null && order.state() == OrderState.ABNORMAL && session.can("orders:settle");
    }

    public void settle() {
        try {
            charging.settleManually(no, settleAmount, settleReason, session.actor());
            Messages.info("order.settled", no);
            settleAmount = null;
            settleReason = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        }
        load();
    }

    private String chart(LiveChart live) {
        if (live.history().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder energy = Json.createArrayBuilder();
        JsonArrayBuilder power = Json.createArrayBuilder();
        JsonArrayBuilder soc = Json.createArrayBuilder();
        for (LiveChart.Point p : live.history()) {
            labels.add(fmt.time(p.at()).substring(11));
            energy.add(p.energyKwh() == null ? 0 : p.energyKwh().doubleValue());
            power.add(p.powerKw() == null ? 0 : p.powerKw().doubleValue());
            soc.add(p.soc() == null ? 0 : p.soc());
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "kWh").add("data", energy).add("borderColor", "#1e88e5"))
                        .add(Json.createObjectBuilder().add("label", "kW").add("data", power).add("borderColor", "#f0a020"))
                        .add(Json.createObjectBuilder().add("label", "SOC %").add("data", soc).add("borderColor", "#2e9d5b"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public ChargingOrderView getOrder() { return order; }
    public List<OrderEventView> getTrail() { return trail; }
    public String getLiveChart() { return liveChart; }
    public BigDecimal getSettleAmount() { return settleAmount; }
    public void setSettleAmount(BigDecimal settleAmount) { this.settleAmount = settleAmount; }
    public String getSettleReason() { return settleReason; }
    public void setSettleReason(String settleReason) { this.settleReason = settleReason; }
}
