package io.chargeops.admin.system;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleMenu;
import io.chargeops.core.identity.ConsoleMenus;
import io.chargeops.core.identity.ConsoleRole;
import io.chargeops.core.identity.ConsoleRoles;
import io.chargeops.core.identity.ConsoleRoles.RoleDraft;
import io.chargeops.core.identity.ConsoleRoles.RoleView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.CheckboxTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backing bean of the roles screen ({@code /admin/roles.xhtml}): the role list and one role's form with its
 * permissions as a checkbox tree of the menu catalogue (directories → pages → "open the page" and its buttons).
 */
@Named
@ViewScoped
public class RoleAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A tree node: {@code code} is the permission a leaf stands for (null for a directory or a page with buttons). */
    public record Node(String code, String label) implements Serializable {
    }

    @EJB
    transient ConsoleRoles roles;

    @Inject
    ConsoleSession session;

    private transient List<RoleView> rows;
    private Long id;
    private String code;
    private String name;
    private Long merchantId;
    private boolean builtIn;
    private String editing;
    private TreeNode<Node> tree;
    private TreeNode<Node>[] selection;

    public List<RoleView> getRoles() {
        if (rows == null) {
            rows = roles.list();
        }
        return rows;
    }

    /** Starts a new role. */
    public void create() {
        id = null;
        code = null;
        name = null;
        merchantId = null;
        builtIn = false;
        editing = "new";
        tree = build(Set.of());
    }

    public void edit(Long roleId) {
        RoleView role = roles.find(roleId).orElse(null);
        if (role == null) {
            return;
        }
        id = role.id();
        code = role.code();
        name = role.name();
        merchantId = role.merchantId();
        builtIn = role.builtIn();
        editing = role.code();
        tree = build(role.permissions());
    }

    public void save() {
        if (!session.can("roles:edit") || editing == null) {
            return;
        }
        Set<String> granted = new LinkedHashSet<>();
        if (selection != null) {
            for (TreeNode<Node> node : selection) {
                if (node.getData() != null && node.getData().code() != null) {
                    granted.add(node.getData().code());
                }
            }
        }
        try {
            RoleView saved = roles.save(session.getOperator(), new RoleDraft(id, code, name, merchantId, granted));
            Messages.info("roles.saved", saved.code());
            rows = null;
            edit(saved.id());
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    public void delete() {
        if (!session.can("roles:edit") || id == null) {
            return;
        }
        try {
            roles.delete(session.getOperator(), id);
            Messages.info("roles.deleted", code);
            rows = null;
            editing = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    /** Whether the open role may be changed here: PLATFORM_ADMIN never, built-in roles by platform accounts only. */
    public boolean isEditable() {
        return editing != null && session.can("roles:edit") && !ConsoleRole.PLATFORM_ADMIN.equals(code)
                && (!builtIn || session.isPlatform());
    }

    private TreeNode<Node> build(Set<String> granted) {
        TreeNode<Node> root = new CheckboxTreeNode<>(new Node(null, ""), null);
        Map<String, TreeNode<Node>> parents = new HashMap<>();
        Map<String, Boolean> hasButtons = new HashMap<>();
        for (ConsoleMenu m : ConsoleMenus.CATALOGUE) {
            if (m.kind() == ConsoleMenu.Kind.BUTTON) {
                hasButtons.put(m.parent(), true);
            }
        }
        for (ConsoleMenu m : ConsoleMenus.CATALOGUE) {
            TreeNode<Node> parent = m.parent() == null ? root : parents.getOrDefault(m.parent(), root);
            switch (m.kind()) {
                case DIRECTORY -> parents.put(m.code(), node(new Node(null, Messages.text(m.titleKey())), parent));
                case PAGE -> {
                    String title = Messages.text(m.titleKey());
                    if (hasButtons.containsKey(m.code())) {
                        TreeNode<Node> page = node(new Node(null, title), parent);
                        parents.put(m.code(), page);
                        leaf(new Node(m.code(), Messages.text("perm.view")), page, granted);
                    } else {
                        leaf(new Node(m.code(), title), parent, granted);
                    }
                }
                case BUTTON -> leaf(new Node(m.code(), buttonLabel(m.code())), parent, granted);
            }
        }
        return root;
    }

    private static TreeNode<Node> node(Node data, TreeNode<Node> parent) {
        TreeNode<Node> node = new CheckboxTreeNode<>(data, parent);
        node.setExpanded(true);
        return node;
    }

    private static void leaf(Node data, TreeNode<Node> parent, Set<String> granted) {
        TreeNode<Node> leaf = node(data, parent);
        if (granted.contains(data.code())) {
            leaf.setSelected(true); // a checkbox node marks its parents as partly or fully selected
        }
    }

    private static String buttonLabel(String code) {
        String key = "perm." + code.replace(':', '.');
        try {
            return Messages.text(key);
        } catch (java.util.MissingResourceException e) {
            return code;
        }
    }

    public TreeNode<Node> getTree() { return tree; }
    public TreeNode<Node>[] getSelection() { return selection; }
    public void setSelection(TreeNode<Node>[] selection) { this.selection = selection; }
    public String getEditing() { return editing; }
    public boolean isNew() { return id == null; }
    public boolean isBuiltIn() { return builtIn; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getMerchantId() { return merchantId; }
    public void setMerchantId(Long merchantId) { this.merchantId = merchantId; }
}
