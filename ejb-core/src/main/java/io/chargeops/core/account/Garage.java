package io.chargeops.core.account;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.charging.ChargingService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A user's vehicles, feedback and appeals. One transaction per call; only the user's own records. */
@Stateless
public class Garage {

    /** Mainland plates: province character, letter, 5 (fuel) or 6 (new energy) letters/digits. */
    static final Pattern PLATE = Pattern.compile("[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}");
    /** ISO 3779: 17 characters, no I, O or Q. */
    static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    static final int MAX_VEHICLES = 10;

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    ChargingService charging;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<VehicleView> vehicles(Long userId) {
        return mine(userId).stream().map(VehicleView::of).toList();
    }

    /** Adds a vehicle; the first one becomes the default. 422 {@code invalid-vehicle}, 409 {@code vehicle-exists}. */
    public VehicleView addVehicle(Long userId, String plateNo, String vin, String model, boolean makeDefault) {
        String plate = plate(plateNo);
        String v = vin(vin);
        List<Vehicle> existing = mine(userId);
        if (existing.stream().anyMatch(x -> x.getPlateNo().equals(plate))) {
            throw new RefusedException(Kind.CONFLICT, "vehicle-exists", "You already have the vehicle " + plate);
        }
        if (existing.size() >= MAX_VEHICLES) {
            throw new RefusedException(Kind.UNPROCESSABLE, "too-many-vehicles", "At most " + MAX_VEHICLES + " vehicles");
        }
        Vehicle vehicle = new Vehicle(userId, plate, v, model == null || model.isBlank() ? null : model.strip());
        em.persist(vehicle);
        if (makeDefault || existing.isEmpty()) {
            existing.forEach(x -> x.setDefault(false));
            vehicle.setDefault(true);
        }
        em.flush();
        return VehicleView.of(vehicle);
    }

    public VehicleView updateVehicle(Long userId, Long vehicleId, String plateNo, String vin, String model,
                                     boolean makeDefault) {
        Vehicle vehicle = own(userId, vehicleId);
        String plate = plate(plateNo);
        if (mine(userId).stream().anyMatch(x -> !x.getId().equals(vehicleId) && x.getPlateNo().equals(plate))) {
            throw new RefusedException(Kind.CONFLICT, "vehicle-exists", "You already have the vehicle " + plate);
        }
        vehicle.update(plate, vin(vin), model == null || model.isBlank() ? null : model.strip());
        if (makeDefault) {
            mine(userId).forEach(x -> x.setDefault(x.getId().equals(vehicleId)));
        }
        return VehicleView.of(vehicle);
    }

    public void removeVehicle(Long userId, Long vehicleId) {
        em.remove(own(userId, vehicleId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeedbackView> feedback(Long userId) {
        return em.createQuery("SELECT f FROM Feedback f WHERE f.userId = :u ORDER BY f.id DESC", Feedback.class)
                .setParameter("u", userId).getResultList().stream().map(Feedback::view).toList();
    }

    /**
     * Feedback, or an appeal about one of the user's orders (required for appeals). 422 {@code unknown-order} for an
     * order that is not theirs.
     */
    public FeedbackView submit(Long userId, Feedback.Category category, String orderNo, String content, String contact) {
        if (category != Feedback.Category.FEEDBACK && (orderNo == null || orderNo.isBlank())) {
            throw new RefusedException(Kind.UNPROCESSABLE, "order-required", "An appeal names the order it is about");
        }
        if (orderNo != null && !orderNo.isBlank()
                && charging.find(orderNo).filter(o -> userId.equals(o.userId())).isEmpty()) {
            throw new RefusedException(Kind.UNPROCESSABLE, "unknown-order", "No charging order " + orderNo + " of yours");
        }
        Feedback f = new Feedback(userId, category, orderNo == null || orderNo.isBlank() ? null : orderNo, content.strip(),
                contact);
        em.persist(f);
        em.flush();
        return f.view();
    }

    /**
     * The plate of the user's vehicle with this VIN (for a supervision platform's order push), if the user has one;
     * nothing else of the user leaves this context.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<String> plateOf(Long userId, String vin) {
        if (userId == null || vin == null || vin.isBlank()) {
            return java.util.Optional.empty();
        }
        String v = vin.strip().toUpperCase(Locale.ROOT);
        return mine(userId).stream().filter(x -> v.equals(x.getVin())).map(Vehicle::getPlateNo).findFirst();
    }

    /** The VINs of the vehicles app users registered with this plate (any case, spaces ignored), for the order filter. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.List<String> vinsOfPlate(String plateNo) {
        if (plateNo == null || plateNo.isBlank()) {
            return java.util.List.of();
        }
        return em.createQuery("SELECT v.vin FROM Vehicle v WHERE UPPER(v.plateNo) = :plate AND v.vin IS NOT NULL", String.class)
                .setParameter("plate", plateNo.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                .getResultList();
    }

    /** Account deletion: vehicles removed, feedback texts and contacts erased (the records stay for the statistics). */
    public void forget(Long userId) {
        mine(userId).forEach(em::remove);
        em.createQuery("SELECT f FROM Feedback f WHERE f.userId = :u", Feedback.class).setParameter("u", userId)
                .getResultList().forEach(Feedback::anonymise);
    }

    private List<Vehicle> mine(Long userId) {
        return em.createQuery("SELECT v FROM Vehicle v WHERE v.userId = :u ORDER BY v.id", Vehicle.class)
                .setParameter("u", userId).getResultList();
    }

    private Vehicle own(Long userId, Long vehicleId) {
        Vehicle v = vehicleId == null ? null : em.find(Vehicle.class, vehicleId);
        if (v == null || !v.getUserId().equals(userId)) {
            throw new RefusedException(Kind.NOT_FOUND, "unknown-vehicle", "No vehicle " + vehicleId);
        }
        return v;
    }

    private static String plate(String plateNo) {
        String p = plateNo == null ? "" : plateNo.strip().toUpperCase(Locale.ROOT);
        if (!PLATE.matcher(p).matches()) {
            throw new RefusedException(Kind.UNPROCESSABLE, "invalid-vehicle", "Not a mainland plate number: " + plateNo);
        }
        return p;
    }

    private static String vin(String vin) {
        if (vin == null || vin.isBlank()) {
            return null;
        }
        String v = vin.strip().toUpperCase(Locale.ROOT);
        if (!VIN.matcher(v).matches()) {
            throw new RefusedException(Kind.UNPROCESSABLE, "invalid-vehicle", "A VIN has 17 characters without I, O, Q: " + vin);
        }
        return v;
    }
}
