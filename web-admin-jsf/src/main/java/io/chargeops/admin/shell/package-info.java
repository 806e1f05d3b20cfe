/**
 * The console's frame around every screen: the signed-in operator's permissions and menu (RBAC from ejb-core's
 * {@code ConsoleMenus}), page and button guards, the language switch (zh_CN default, English), and common formatting.
 */
package io.chargeops.admin.shell;
