package io.chargeops.core.invoice;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.OrderState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Invoice requests of app users over their settled, paid orders. One transaction per call. */
@Stateless
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Unified social credit code (统一社会信用代码, 18) or an older 15/20-character tax number. */
    private static final Pattern TAX_NO = Pattern.compile("[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    ChargingService charging;

    /** The user's settled orders with money paid that no invoice covers yet. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChargingOrderView> invoiceable(Long userId) {
        List<ChargingOrderView> settled = charging.listForUser(userId, OrderState.SETTLED, 500);
        Set<String> invoiced = invoiced(settled.stream().map(ChargingOrderView::orderNo).toList());
        return settled.stream().filter(o -> paid(o).signum() > 0 && !invoiced.contains(o.orderNo())).toList();
    }

    /**
     * Requests an invoice over {@code orderNos}. Refused: an order not the user's, not settled or nothing paid (422
     * {@code order-not-invoiceable}), already invoiced (409 {@code order-already-invoiced}), a company title without a
     * valid tax number or a bad e-mail (422 {@code invalid-invoice-title}).
     */
    public InvoiceView request(Long userId, List<String> orderNos, InvoiceRequest.TitleType titleType, String title,
                               String taxNo, String email) {
        if (titleType == InvoiceRequest.TitleType.COMPANY && (taxNo == null || !TAX_NO.matcher(taxNo).matches())) {
            throw new RefusedException(Kind.UNPROCESSABLE, "invalid-invoice-title",
                    "A company title needs its tax number (统一社会信用代码, 18 characters)");
        }
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new RefusedException(Kind.UNPROCESSABLE, "invalid-invoice-title", "Not an e-mail address: " + email);
        }
        Set<String> wanted = new LinkedHashSet<>(orderNos);
        BigDecimal total = BigDecimal.ZERO;
        List<BigDecimal> amounts = new ArrayList<>();
        for (String no : wanted) {
            ChargingOrderView o = charging.find(no).filter(x -> userId.equals(x.userId())).orElse(null);
            if (o == null || o.state() != OrderState.SETTLED || paid(o).signum() <= 0) {
                throw new RefusedException(Kind.UNPROCESSABLE, "order-not-invoiceable",
                        "Order " + no + " is not a settled, paid order of yours");
            }
            amounts.add(paid(o));
            total = total.add(paid(o));
        }
        // only after the ownership check: whether someone else's order was invoiced is none of the caller's business
        Set<String> already = invoiced(List.copyOf(wanted));
        if (!already.isEmpty()) {
            throw new RefusedException(Kind.CONFLICT, "order-already-invoiced", "Already invoiced: " + already);
        }
        String no = "IV" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")))
                + String.format("%08d", RANDOM.nextInt(100_000_000));
        InvoiceRequest request = new InvoiceRequest(no, userId, titleType, title.strip(),
                titleType == InvoiceRequest.TitleType.COMPANY ? taxNo : null, email, total);
        em.persist(request);
        em.flush();
        int i = 0;
        for (String orderNo : wanted) {
            em.persist(new InvoiceOrder(request.getId(), orderNo, amounts.get(i++)));
        }
        em.flush(); // a concurrent request for the same order fails here on the unique order number
        BigDecimal amount = total;
        LOG.info(() -> "Invoice request " + no + " of user " + userId + " over " + wanted.size() + " orders, " + amount);
        return view(request);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InvoiceView> invoices(Long userId) {
        return em.createQuery("SELECT r FROM InvoiceRequest r WHERE r.userId = :u ORDER BY r.id DESC", InvoiceRequest.class)
                .setParameter("u", userId).getResultList().stream().map(this::view).toList();
    }

    private InvoiceView view(InvoiceRequest r) {
        List<String> orders = em.createQuery("SELECT o.orderNo FROM InvoiceOrder o WHERE o.requestId = :r ORDER BY o.id",
                String.class).setParameter("r", r.getId()).getResultList();
        return new InvoiceView(r.getRequestNo(), r.getTitleType().name(), r.getTitle(), r.getTaxNo(), r.getEmail(),
                r.getAmount().setScale(2, RoundingMode.HALF_UP), r.getStatus().name(), orders, r.getCreatedAt());
    }

    private Set<String> invoiced(List<String> orderNos) {
        if (orderNos.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery("SELECT o.orderNo FROM InvoiceOrder o WHERE o.orderNo IN :nos", String.class)
                .setParameter("nos", orderNos).getResultList());
    }

    private static BigDecimal paid(ChargingOrderView o) {
        return o.settlement() == null || o.settlement().paidAmount() == null ? BigDecimal.ZERO : o.settlement().paidAmount();
    }
}
