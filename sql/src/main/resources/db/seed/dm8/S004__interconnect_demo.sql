-- Interconnect demo partner (T/CEC 102): the standard's own example secrets, so anyone can try /api/evcs/v1 at once.
-- OperatorID 123456789; OperatorSecret, DataSecret, DataSecretIV and SigSecret all 1234567890abcdef, in both
-- directions. The "plain:" values are sealed (encrypted at rest) with the node's interconnect key at the next start.
-- It sees the demo operator's two stations (not the franchisee's); its starts are billed to a channel account with
-- an enterprise wallet and a credit line. No base URL: pushes start once an operator sets where the partner listens.
-- Embedded default only. Keep in step with the h2 script.
INSERT INTO app_user (id, phone, nickname, status, created_at, updated_at, row_version)
VALUES (901, 'CEC123456789', '互联互通渠道:示范平台', 'ACTIVE', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO wallet (id, user_id, merchant_id, balance, frozen, created_at, updated_at, row_version, account_type, gift_balance, credit_limit)
VALUES (901, 901, NULL, 0.0000, 0.0000, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0, 'ENTERPRISE', 0.0000, 100000.0000);
INSERT INTO interconnect_partner (id, operator_id, name, partner_role, status, base_url, in_operator_secret, in_data_secret, in_data_secret_iv, in_sig_secret, out_operator_secret, out_data_secret, out_data_secret_iv, out_sig_secret, variants, pushes, station_scope, token_ttl_seconds, charge_status_seconds, billing_user_id, billing_wallet_id, prepay_amount, created_at, updated_at, row_version)
VALUES (1, '123456789', '示范互联互通平台', 'USER_PLATFORM', 'ACTIVE', NULL, 'plain:1234567890abcdef', 'plain:1234567890abcdef', 'plain:1234567890abcdef', 'plain:1234567890abcdef', 'plain:1234567890abcdef', 'plain:1234567890abcdef', 'plain:1234567890abcdef', 'plain:1234567890abcdef', NULL, 'notification_stationStatus,notification_start_charge_result,notification_equip_charge_status,notification_stop_charge_result,notification_charge_order_info', 'LISTED', 7200, 30, 901, 901, 200.00, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO interconnect_partner_station (id, partner_id, station_id) VALUES (1, 1, 1);
INSERT INTO interconnect_partner_station (id, partner_id, station_id) VALUES (2, 1, 2);
