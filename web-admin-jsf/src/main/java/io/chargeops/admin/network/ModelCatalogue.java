package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.ManufacturerView;
import io.chargeops.core.pile.PileCatalogue;
import io.chargeops.core.pile.PileModelView;
import io.chargeops.core.pile.PileProtocol;
import io.chargeops.core.pile.PileType;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Backing bean of the manufacturer and model catalogue ({@code /admin/models.xhtml}, 厂商/型号): both lists and their
 * create/edit dialogs. Everyone with the page reads; {@code models:edit} (platform accounts) writes.
 */
@Named
@ViewScoped
public class ModelCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PileCatalogue catalogue;

    @Inject
    ConsoleSession session;

    private transient List<ManufacturerView> makers;
    private transient List<PileModelView> models;

    // manufacturer dialog (id null = new)
    private Long makerId;
    private String makerName;
    private String contactName;
    private String contactPhone;
    private String makerRemark;

    // model dialog (id null = new)
    private Long modelId;
    private Long modelMaker;
    private String modelCode;
    private PileType pileType = PileType.DC;
    private BigDecimal ratedPowerKw;
    private Integer gunCount = 1;
    private PileProtocol protocol = PileProtocol.YKC_1_6;
    private String modelRemark;

    public List<ManufacturerView> getManufacturers() {
        if (makers == null) {
            makers = catalogue.manufacturers();
        }
        return makers;
    }

    public List<PileModelView> getModels() {
        if (models == null) {
            models = catalogue.models(null);
        }
        return models;
    }

    public void newManufacturer() {
        makerId = null;
        makerName = null;
        contactName = null;
        contactPhone = null;
        makerRemark = null;
    }

    public void editManufacturer(ManufacturerView m) {
        makerId = m.id();
        makerName = m.name();
        contactName = m.contactName();
        contactPhone = m.contactPhone();
        makerRemark = m.remark();
    }

    public void saveManufacturer() {
        if (!session.can("models:edit")) {
            return;
        }
        var form = new PileCatalogue.ManufacturerForm(makerName, contactName, contactPhone, makerRemark);
        try {
            ManufacturerView saved = makerId == null ? catalogue.createManufacturer(form, session.actor())
                    : catalogue.updateManufacturer(makerId, form, session.actor());
            Messages.info("models.saved", saved.name());
            makers = null;
            models = null;
        } catch (RefusedException e) {
            Messages.refused(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void newModel() {
        modelId = null;
        modelMaker = null;
        modelCode = null;
        pileType = PileType.DC;
        ratedPowerKw = null;
        gunCount = 1;
        protocol = PileProtocol.YKC_1_6;
        modelRemark = null;
    }

    public void editModel(PileModelView m) {
        modelId = m.id();
        modelMaker = m.manufacturerId();
        modelCode = m.modelCode();
        pileType = m.pileType();
        ratedPowerKw = m.ratedPowerKw();
        gunCount = m.gunCount();
        protocol = m.protocol();
        modelRemark = m.remark();
    }

    public void saveModel() {
        if (!session.can("models:edit")) {
            return;
        }
        var form = new PileCatalogue.ModelForm(modelMaker, modelCode, pileType, ratedPowerKw, gunCount, protocol, modelRemark);
        try {
            PileModelView saved = modelId == null ? catalogue.createModel(form, session.actor())
                    : catalogue.updateModel(modelId, form, session.actor());
            Messages.info("models.saved", saved.manufacturerName() + " " + saved.modelCode());
            makers = null;
            models = null;
        } catch (RefusedException e) {
            Messages.refused(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public PileType[] getPileTypes() {
        return PileType.values();
    }

    public PileProtocol[] getProtocols() {
        return PileProtocol.values();
    }

    public Long getMakerId() { return makerId; }
    public String getMakerName() { return makerName; }
    public void setMakerName(String v) { makerName = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getMakerRemark() { return makerRemark; }
    public void setMakerRemark(String v) { makerRemark = v; }
    public Long getModelId() { return modelId; }
    public Long getModelMaker() { return modelMaker; }
    public void setModelMaker(Long v) { modelMaker = v; }
    public String getModelCode() { return modelCode; }
    public void setModelCode(String v) { modelCode = v; }
    public PileType getPileType() { return pileType; }
    public void setPileType(PileType v) { pileType = v; }
    public BigDecimal getRatedPowerKw() { return ratedPowerKw; }
    public void setRatedPowerKw(BigDecimal v) { ratedPowerKw = v; }
    public Integer getGunCount() { return gunCount; }
    public void setGunCount(Integer v) { gunCount = v; }
    public PileProtocol getProtocol() { return protocol; }
    public void setProtocol(PileProtocol v) { protocol = v; }
    public String getModelRemark() { return modelRemark; }
    public void setModelRemark(String v) { modelRemark = v; }
}
