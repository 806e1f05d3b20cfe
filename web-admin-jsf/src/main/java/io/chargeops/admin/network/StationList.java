package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.ExportProgress;
import io.chargeops.admin.shell.Exports;
import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.NewStation;
import io.chargeops.core.station.StationEdit;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationType;
import io.chargeops.core.station.StationView;
import io.chargeops.core.tariff.TariffService;
import io.chargeops.core.tariff.TariffView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Backing bean of the station list ({@code /admin/stations.xhtml}): filters, the "open a station" and "edit" dialogs,
 * the xlsx export of the filtered list; the ZIP of a station's gun QR codes is a link to {@link GunQrDownloads}.
 */
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

    @Inject
    Formats fmt;

    @Inject
    Exports exports;

    private final ExportProgress exportProgress = new ExportProgress();

    private transient List<StationView> rows;
    private final Form form = new Form();
    private final Edit edit = new Edit();
    private String keyword;
    private StationStatus statusFilter;
    private StationType typeFilter;

    public List<StationView> getStations() {
        if (rows == null) {
            rows = stations.search(keyword, statusFilter, typeFilter);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    /** Starts the filtered list (not just the page shown) as xlsx, like every console export (progress, then download). */
    public void export() {
        if (!session.can("stations:export")) {
            return;
        }
        List<StationView> all = stations.search(keyword, statusFilter, typeFilter);
        exportProgress.track(exports.start("stations.xlsx", all.size(),
                (out, text, rowWritten) -> StationExport.write(all, fmt, out, text, rowWritten)));
    }

    public ExportProgress getExportProgress() { return exportProgress; }

    /** Opens the edit dialog on a station. */
    public void startEdit(StationView s) {
        edit.id = s.id();
        edit.stationCode = s.stationCode();
        edit.name = s.name();
        edit.address = s.address();
        edit.provinceCode = s.provinceCode();
        edit.cityCode = s.cityCode();
        edit.districtCode = s.districtCode();
        edit.longitude = s.longitude();
        edit.latitude = s.latitude();
        edit.coordinateSystem = s.coordinateSystem();
        edit.stationType = s.stationType();
        edit.status = s.status();
        edit.openingHours = s.openingHours();
        edit.servicePhone = s.servicePhone();
        edit.parkingFeeNote = s.parkingFeeNote();
        edit.parkingSpaces = s.parkingSpaces();
        edit.siteGuide = s.siteGuide();
    }

    public void save() {
        if (!session.can("stations:edit")) {
            return;
        }
        try {
            StationView saved = stations.update(edit.id, new StationEdit(trim(edit.name), trim(edit.address),
                    trim(edit.provinceCode), trim(edit.cityCode), trim(edit.districtCode), edit.longitude, edit.latitude,
                    edit.coordinateSystem, edit.stationType, edit.status, trim(edit.openingHours), trim(edit.servicePhone),
                    trim(edit.parkingFeeNote), edit.parkingSpaces, trim(edit.siteGuide)), session.actor());
            Messages.info("stations.saved", saved.name());
            rows = null;
        } catch (RefusedException e) {
            Messages.refused(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The edit dialog's fields: everything but the merchant and the station code. */
    public static class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        String stationCode;
        String name;
        String address;
        String provinceCode;
        String cityCode;
        String districtCode;
        BigDecimal longitude;
        BigDecimal latitude;
        CoordinateSystem coordinateSystem;
        StationType stationType;
        StationStatus status;
        String openingHours;
        String servicePhone;
        String parkingFeeNote;
        Integer parkingSpaces;
        String siteGuide;

        public Long getId() { return id; }
        public String getStationCode() { return stationCode; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getProvinceCode() { return provinceCode; }
        public void setProvinceCode(String v) { provinceCode = v; }
        public String getCityCode() { return cityCode; }
        public void setCityCode(String v) { cityCode = v; }
        public String getDistrictCode() { return districtCode; }
        public void setDistrictCode(String v) { districtCode = v; }
        public BigDecimal getLongitude() { return longitude; }
        public void setLongitude(BigDecimal v) { longitude = v; }
        public BigDecimal getLatitude() { return latitude; }
        public void setLatitude(BigDecimal v) { latitude = v; }
        public CoordinateSystem getCoordinateSystem() { return coordinateSystem; }
        public void setCoordinateSystem(CoordinateSystem v) { coordinateSystem = v; }
        public StationType getStationType() { return stationType; }
        public void setStationType(StationType v) { stationType = v; }
        public StationStatus getStatus() { return status; }
        public void setStatus(StationStatus v) { status = v; }
        public String getOpeningHours() { return openingHours; }
        public void setOpeningHours(String v) { openingHours = v; }
        public String getServicePhone() { return servicePhone; }
        public void setServicePhone(String v) { servicePhone = v; }
        public String getParkingFeeNote() { return parkingFeeNote; }
        public void setParkingFeeNote(String v) { parkingFeeNote = v; }
        public Integer getParkingSpaces() { return parkingSpaces; }
        public void setParkingSpaces(Integer v) { parkingSpaces = v; }
        public String getSiteGuide() { return siteGuide; }
        public void setSiteGuide(String v) { siteGuide = v; }
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

    public StationStatus[] getStatuses() {
        return StationStatus.values();
    }

    public Edit getEdit() {
        return edit;
    }

    public String getKeyword() { return keyword; }
    public void setKeyword(String v) { keyword = trim(v); }
    public StationStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(StationStatus v) { statusFilter = v; }
    public StationType getTypeFilter() { return typeFilter; }
    public void setTypeFilter(StationType v) { typeFilter = v; }

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
