-- Console administration (issue 7), embedded default only. Keep in step with the dm8 script.
-- Accounts seeded before V014 knew no account type: the merchants' accounts are merchant accounts.
UPDATE console_user SET account_type = 'MERCHANT' WHERE merchant_id IS NOT NULL AND account_type = 'PLATFORM';
-- The built-in merchant administrator (商户管理员): manages its own merchant's accounts and roles and reads its logs
-- (default permissions in io.chargeops.core.identity.ConsoleMenus until the role has rows of its own).
INSERT INTO console_role (id, role_code, role_name, merchant_id, created_at)
VALUES (11, 'MERCHANT_ADMIN', '商户管理员', NULL, TIMESTAMP '2025-12-31 16:00:00');
