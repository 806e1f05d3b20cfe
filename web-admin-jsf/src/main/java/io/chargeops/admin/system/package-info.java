/**
 * System administration (系统管理): console roles with their permission tree, console accounts, the operation log
 * and the sign-in log. Beans hold view state and call ejb-core's {@code ConsoleRoles}, {@code ConsoleAccountManagement},
 * {@code OperationLog} and {@code ConsoleSignIns}, which enforce who may grant what; the data scope narrows what a
 * merchant account sees in the persistence layer.
 */
package io.chargeops.admin.system;
