package io.chargeops.admin.shell;

import io.chargeops.core.identity.ConsoleAccounts;
import io.chargeops.core.identity.ConsoleMenu;
import io.chargeops.core.identity.ConsoleMenus;
import io.chargeops.core.persistence.DataScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * The signed-in operator: who, which permissions their roles grant, and the menu they see. Read once per session
 * (a change of roles shows at the next sign-in). Pages call {@link #require} from {@code <f:viewAction>}; buttons
 * ask {@link #can}.
 */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ConsoleMenus menus;

    @EJB
    transient ConsoleAccounts accounts;

    private String operator;
    private Long merchantId;
    private Set<String> permissions;
    private List<ConsoleMenu> menu;

    private void load() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        String phone = principal == null ? null : principal.getName();
        if (phone != null && !phone.equals(operator)) {
            operator = phone;
            permissions = menus.permissionsOf(phone);
            menu = ConsoleMenus.menuOf(permissions);
            DataScope scope = accounts.scopeOf(phone);
            merchantId = scope.isAll() ? null : scope.merchantId();
        }
    }

    public boolean can(String permission) {
        load();
        return permissions != null && permissions.contains(permission);
    }

    /** For {@code <f:viewAction>}: a page the operator may not open answers 403. */
    public void require(String permission) throws IOException {
        if (!can(permission)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(403, "No permission " + permission);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<ConsoleMenu> getMenu() {
        load();
        return menu == null ? List.of() : menu;
    }

    public String getOperator() {
        load();
        return operator;
    }

    /** The operator's merchant; null for a platform account (sees every merchant). */
    public Long getMerchantId() {
        load();
        return merchantId;
    }

    public boolean isPlatform() {
        load();
        return operator != null && merchantId == null;
    }

    /** How command logs, trails and ledgers name the operator: {@code operator:<phone>}, as the ops API does. */
    public String actor() {
        return "operator:" + getOperator();
    }

    /** The page being shown, to mark its menu entry. */
    public boolean current(ConsoleMenu entry) {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return entry.path() != null && view.endsWith("/" + entry.path());
    }
}
