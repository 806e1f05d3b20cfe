package io.chargeops.admin.live;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.PileCommandFailedException;
import io.chargeops.core.pile.PileCommandOutcome;
import io.chargeops.core.pile.PileOperations;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.pile.RealTimeView;
import io.chargeops.core.report.LiveBoard;
import io.chargeops.core.report.LiveGun;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** Backing bean of live monitoring ({@code /admin/live.xhtml}). */
@Named
@ViewScoped
public class LiveMonitor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LiveBoard board;

    @EJB
    transient StationService stations;

    @EJB
    transient ChargingService charging;

    @EJB
    transient PileOperations operations;

    @EJB
    transient PileRegistry piles;

    @Inject
    ConsoleSession session;

    private Long stationId;
    private GunState state;
    private String pileCode;
    private TreeNode<Object> tree;
    private TreeNode<Object> selectedNode;
    private transient List<LiveGun> guns;
    private RealTimeView realTime;
    private PileView pile;

    public List<LiveGun> getGuns() {
        if (guns == null) {
            guns = board.guns(stationId, state, pileCode);
        }
        return guns;
    }

    public void refresh() {
        guns = null;
    }

    public TreeNode<Object> getTree() {
        if (tree == null) {
            tree = new DefaultTreeNode<>("root", null);
            TreeNode<Object> all = new DefaultTreeNode<>("station", new StationNode(null, null), tree);
            all.setExpanded(true);
            for (StationView s : stations.list(null)) {
                new DefaultTreeNode<>("station", new StationNode(s.id(), s.name()), all);
            }
        }
        return tree;
    }

    /** A node of the station tree; the root one (null id) is "all stations". */
    public record StationNode(Long id, String name) implements Serializable {
    }

    public void onStation(NodeSelectEvent event) {
        stationId = ((StationNode) event.getTreeNode().getData()).id();
        refresh();
    }

    public void stop(String orderNo) {
        try {
            charging.stop(orderNo, session.actor());
            Messages.info("live.stopSent", orderNo);
        } catch (RefusedException e) {
            Messages.refused(e);
        }
        refresh();
    }

    public void read(String pileCode, int gunNo) {
        realTime = null;
        try {
            PileCommandOutcome outcome = operations.realTimeData(pileCode, gunNo, session.actor());
            realTime = outcome.data() instanceof RealTimeView v ? v : null;
            if (realTime == null) {
                Messages.warn("live.readFailed", outcome.answer());
            }
        } catch (PileCommandFailedException e) {
            Messages.warn("live.readFailed", e.getMessage());
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    public void showPile(String code) {
        pile = piles.pile(code).orElse(null);
    }

    public GunState[] getStates() {
        return GunState.values();
    }

    public GunState getState() { return state; }
    public void setState(GunState state) { this.state = state; refresh(); }
    public String getPileCode() { return pileCode; }
    public void setPileCode(String pileCode) { this.pileCode = pileCode == null || pileCode.isBlank() ? null : pileCode.trim(); refresh(); }
    public Long getStationId() { return stationId; }
    public TreeNode<Object> getSelectedNode() { return selectedNode; }
    public void setSelectedNode(TreeNode<Object> selectedNode) { this.selectedNode = selectedNode; }
    public RealTimeView getRealTime() { return realTime; }
    public PileView getPile() { return pile; }
}
