-- Demo data for the ops API (issue 5), embedded default only. Keep in step with the h2 script (only boolean literals differ).

-- The demo stations' tariff: piles registered or onboarded there without a tariff of their own get template 1
UPDATE station SET tariff_template_id = 1 WHERE id IN (1, 2);
-- the demo tariff's version 1 is in force since the seed; nothing is left to push to piles (0x58)
UPDATE tariff_template_version SET activated_at = effective_from WHERE activated_at IS NULL;

-- Console roles beside PLATFORM_ADMIN: OPERATOR may use the ops API (chargeops.admin-api.roles), FINANCE may not
INSERT INTO console_role (id, role_code, role_name, merchant_id, created_at)
VALUES (2, 'OPERATOR', '运维人员', NULL, TIMESTAMP '2025-12-31 16:00:00');
INSERT INTO console_role (id, role_code, role_name, merchant_id, created_at)
VALUES (3, 'FINANCE', '财务人员', NULL, TIMESTAMP '2025-12-31 16:00:00');
-- 13900000001 运维 (OPERATOR) and 13900000002 财务 (FINANCE), both with the demo password ChargeOps#2026
INSERT INTO console_user (id, login_phone, display_name, password_hash, merchant_id, enabled, failed_logins, locked_until, must_change_password, last_login_at, created_at, updated_at, row_version)
VALUES (2, '13900000001', '示范运维', 'PBKDF2WithHmacSHA256:2048:7uxaxUo3pZk51JOdJ/vIBpHtJAXFG44P4djyvB4EEoQ=:W1zvsXZLE4gczjcXHjB8rVRYNCmXnOPP2ukGXCD63pU=', NULL, 1, 0, NULL, 0, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO console_user (id, login_phone, display_name, password_hash, merchant_id, enabled, failed_logins, locked_until, must_change_password, last_login_at, created_at, updated_at, row_version)
VALUES (3, '13900000002', '示范财务', 'PBKDF2WithHmacSHA256:2048:7uxaxUo3pZk51JOdJ/vIBpHtJAXFG44P4djyvB4EEoQ=:W1zvsXZLE4gczjcXHjB8rVRYNCmXnOPP2ukGXCD63pU=', NULL, 1, 0, NULL, 0, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO console_user_role (user_id, role_id) VALUES (2, 2);
INSERT INTO console_user_role (user_id, role_id) VALUES (3, 3);
