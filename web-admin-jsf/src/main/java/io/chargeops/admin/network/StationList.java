package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.NewStation;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationType;
import io.chargeops.core.station.StationView;
import io.chargeops.core.tariff.TariffService;
import io.chargeops.core.tariff.TariffView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Backing bean of the station list ({@code /admin/stations.xhtml}) and its "open a station" dialog. */
@Named
@ViewScoped
public class StationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StationService stations;

    @EJB
    transient TariffService tariffs;

    @Inject
    ConsoleSession session;

    private transient List<StationView> rows;
    private final Form form = new Form();

    public List<StationView> getStations() {
        if (rows == null) {
            rows = stations.list(null);
        }
        return rows;
    }

    public List<TariffView> getTariffs() {
        return tariffs.list(null);
    }

    /** A new station's fields; the merchant is the operator's own (a platform account may name one). */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long merchantId;
        public String stationCode;
        public String name;
        public String address;
        public String cityCode;
        public BigDecimal longitude;
        public BigDecimal latitude;
        public CoordinateSystem coordinateSystem = CoordinateSystem.GCJ02;
        public StationType stationType = StationType.PUBLIC;
        public String servicePhone;
        public Long tariffTemplateId;

        public Long getMerchantId() { return merchantId; }
        public void setMerchantId(Long v) { merchantId = v; }
        public String getStationCode() { return stationCode; }
        public void setStationCode(String v) { stationCode = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getCityCode() { return cityCode; }
        public void setCityCode(String v) { cityCode = v; }
        public BigDecimal getLongitude() { return longitude; }
        public void setLongitude(BigDecimal v) { longitude = v; }
        public BigDecimal getLatitude() { return latitude; }
        public void setLatitude(BigDecimal v) { latitude = v; }
        public CoordinateSystem getCoordinateSystem() { return coordinateSystem; }
        public void setCoordinateSystem(CoordinateSystem v) { coordinateSystem = v; }
        public StationType getStationType() { return stationType; }
        public void setStationType(StationType v) { stationType = v; }
        public String getServicePhone() { return servicePhone; }
        public void setServicePhone(String v) { servicePhone = v; }
        public Long getTariffTemplateId() { return tariffTemplateId; }
        public void setTariffTemplateId(Long v) { tariffTemplateId = v; }
    }

    public void create() {
        if (!session.can("stations:create")) {
            return;
        }
        Long merchant = session.isPlatform() ? (form.merchantId == null ? 1L : form.merchantId) : session.getMerchantId();
        String city = form.cityCode == null || form.cityCode.isBlank() ? null : form.cityCode.trim();
        try {
            StationView created = stations.create(new NewStation(merchant, trim(form.stationCode), trim(form.name),
                    trim(form.address), city == null ? null : city.substring(0, Math.min(2, city.length())) + "0000", city,
                    null, form.longitude, form.latitude, form.coordinateSystem, form.stationType, StationStatus.OPERATING,
                    "00:00-24:00", trim(form.servicePhone), null, form.tariffTemplateId), session.actor());
            Messages.info("stations.created", created.name());
            rows = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    public StationType[] getStationTypes() {
        return StationType.values();
    }

    public CoordinateSystem[] getCoordinateSystems() {
        return CoordinateSystem.values();
    }

    public Form getForm() {
        return form;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
