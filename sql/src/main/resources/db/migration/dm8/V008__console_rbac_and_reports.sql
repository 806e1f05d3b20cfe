-- Operator console (issue 7): role permissions (menus, pages and buttons) and the index behind the dashboard's
-- figures. Keep in step with the H2 script.

-- What a console role may see and do: permission codes of the console's menu catalogue
-- (io.chargeops.core.identity.ConsoleMenus), pages ('orders') and buttons ('orders:settle'). PLATFORM_ADMIN holds
-- every permission; a built-in role without rows here has its default set (ConsoleMenus), rows replace it.
CREATE TABLE console_role_permission (
    role_id          BIGINT          NOT NULL,
    permission_code  VARCHAR2(64)    NOT NULL,
    CONSTRAINT pk_console_role_permission PRIMARY KEY (role_id, permission_code),
    CONSTRAINT fk_console_role_permission_role FOREIGN KEY (role_id) REFERENCES console_role (id)
);

-- Dashboard days: orders by the local day they were settled
CREATE INDEX ix_charging_order_settled ON charging_order (settled_at, station_id);
