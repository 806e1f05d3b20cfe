package io.chargeops.admin.customers;

import io.chargeops.core.identity.AppUserDirectory;
import io.chargeops.core.identity.AppUserDirectory.AppUserRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backing bean of the app user list ({@code /admin/users.xhtml}), searched by phone. */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AppUserDirectory users;

    private String phone;

    private final LazyDataModel<AppUserRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.count(phone);
        }

        @Override
        public List<AppUserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount((int) users.count(phone));
            return users.search(phone, first, pageSize);
        }

        @Override
        public String getRowKey(AppUserRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AppUserRow getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<AppUserRow> getUsers() { return rows; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone == null || phone.isBlank() ? null : phone.trim(); }
}
