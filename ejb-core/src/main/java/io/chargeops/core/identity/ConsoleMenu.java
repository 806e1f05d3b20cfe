package io.chargeops.core.identity;

/**
 * One entry of the console's menu catalogue (菜单): a directory groups pages, a page is a screen (its {@code path}
 * under {@code /admin/}), a button is an action on a page. {@code code} is the permission a role needs; {@code
 * titleKey} the console's text key; {@code parent} the directory or page it belongs to (null at the top).
 */
public record ConsoleMenu(String code, Kind kind, String parent, String titleKey, String path, String icon) {

    public enum Kind { DIRECTORY, PAGE, BUTTON }
}
