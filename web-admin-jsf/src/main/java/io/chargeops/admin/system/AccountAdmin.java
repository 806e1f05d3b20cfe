package io.chargeops.admin.system;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleAccountManagement;
import io.chargeops.core.identity.ConsoleAccountManagement.AccountRow;
import io.chargeops.core.identity.ConsoleAccountManagement.Filter;
import io.chargeops.core.identity.ConsoleAccountManagement.NewAccount;
import io.chargeops.core.identity.ConsoleAccountType;
import io.chargeops.core.identity.ConsoleRoles;
import io.chargeops.core.identity.ConsoleRoles.RoleView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing bean of the console accounts screen ({@code /admin/accounts.xhtml}): the filtered list, the new-account
 * dialog, enable/disable, password reset and the edit dialog (name and roles). The rules live in ejb-core.
 */
@Named
@ViewScoped
public class AccountAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ConsoleAccountManagement accounts;

    @EJB
    transient ConsoleRoles roles;

    @Inject
    ConsoleSession session;

    private String phone;
    private String name;
    private ConsoleAccountType type;
    private Boolean enabled;

    // the dialogs' fields
    private Long selected;
    private String formPhone;
    private String formName;
    private ConsoleAccountType formType = ConsoleAccountType.MERCHANT;
    private Long formMerchantId;
    private String formPassword;
    /** Role ids as the checkboxes submit them (JSF converts them to the items' Long). */
    private List<Object> formRoles = new ArrayList<>();

    private final LazyDataModel<AccountRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(filter());
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount((int) accounts.count(filter()));
            return accounts.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AccountRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AccountRow getRowData(String rowKey) {
            return null;
        }
    };

    private Filter filter() {
        return new Filter(blank(phone), blank(name), type, null, enabled);
    }

    /** Opens the new-account dialog: a merchant account opens accounts of its own merchant. */
    public void startNew() {
        selected = null;
        formPhone = null;
        formName = null;
        formPassword = null;
        formType = session.isPlatform() ? ConsoleAccountType.PLATFORM : ConsoleAccountType.MERCHANT;
        formMerchantId = session.getMerchantId();
        formRoles = new ArrayList<>();
    }

    /** Opens the edit dialog of one account (also the target of a password reset). */
    public void startEdit(Long id) {
        AccountRow row = accounts.find(id).orElse(null);
        if (row == null) {
            return;
        }
        selected = id;
        formPhone = row.phone();
        formName = row.displayName();
        formType = row.type();
        formMerchantId = row.merchantId();
        formPassword = null;
        formRoles = new ArrayList<>(row.roleIds());
    }

    public void create() {
        if (!session.can("accounts:edit")) {
            return;
        }
        act(() -> accounts.create(session.getOperator(), new NewAccount(formPhone, formName, formType,
                formType == ConsoleAccountType.PLATFORM ? null : formMerchantId, chars(formPassword), roleIds())), "accounts.created");
    }

    public void update() {
        act(() -> accounts.update(session.getOperator(), selected, formName, roleIds()), "accounts.updated");
    }

    public void resetPassword() {
        act(() -> accounts.resetPassword(session.getOperator(), selected, chars(formPassword)), "accounts.passwordReset");
    }

    public void toggle(Long id, boolean enable) {
        selected = id;
        act(() -> accounts.setEnabled(session.getOperator(), id, enable), enable ? "accounts.enabled" : "accounts.disabled");
    }

    private void act(java.util.function.Supplier<AccountRow> action, String message) {
        if (!session.can("accounts:edit")) {
            return;
        }
        try {
            AccountRow row = action.get();
            Messages.info(message, row.phone());
            formPassword = null;
        } catch (RefusedException e) {
            Messages.refused(e);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    /** The roles the operator may give an account of the form's type and merchant. */
    public List<RoleView> getAssignableRoles() {
        Long merchant = formType == ConsoleAccountType.PLATFORM ? null : formMerchantId;
        return roles.assignable(session.getOperator(), formType, merchant);
    }

    /** Account types the operator may open: platform accounts only by platform accounts. */
    public List<ConsoleAccountType> getFormTypes() {
        return session.isPlatform() ? List.of(ConsoleAccountType.values())
                : List.of(ConsoleAccountType.MERCHANT, ConsoleAccountType.CHANNEL);
    }

    public ConsoleAccountType[] getTypes() {
        return ConsoleAccountType.values();
    }

    private java.util.Set<Long> roleIds() {
        java.util.Set<Long> ids = new HashSet<>();
        for (Object id : formRoles) {
            ids.add(Long.valueOf(String.valueOf(id)));
        }
        return ids;
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<AccountRow> getAccounts() { return rows; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ConsoleAccountType getType() { return type; }
    public void setType(ConsoleAccountType type) { this.type = type; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public Long getSelected() { return selected; }
    public String getFormPhone() { return formPhone; }
    public void setFormPhone(String formPhone) { this.formPhone = formPhone; }
    public String getFormName() { return formName; }
    public void setFormName(String formName) { this.formName = formName; }
    public ConsoleAccountType getFormType() { return formType; }
    public void setFormType(ConsoleAccountType formType) { this.formType = formType; }
    public Long getFormMerchantId() { return formMerchantId; }
    public void setFormMerchantId(Long formMerchantId) { this.formMerchantId = formMerchantId; }
    public String getFormPassword() { return formPassword; }
    public void setFormPassword(String formPassword) { this.formPassword = formPassword; }
    public List<Object> getFormRoles() { return formRoles; }
    public void setFormRoles(List<Object> formRoles) { this.formRoles = formRoles == null ? new ArrayList<>() : formRoles; }
}
