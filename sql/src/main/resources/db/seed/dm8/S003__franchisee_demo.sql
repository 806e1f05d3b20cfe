-- A franchisee (加盟商) of the demo operator with a station, a pile and an operator account of its own, so the
-- data scope can be seen and tested on the embedded default: 13900000003 (password ChargeOps#2026) sees merchant 2's
-- records only. Embedded default only. Keep in step with the h2 script (only boolean literals differ).
INSERT INTO merchant (id, merchant_code, name, short_name, merchant_type, parent_id, status, contact_name, contact_phone, created_at, updated_at, row_version)
VALUES (2, 'DEMO-FR1', '示范加盟商', '加盟商', 'FRANCHISEE', 1, 'ACTIVE', '李店长', '025-80000010', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO station (id, merchant_id, station_code, name, address, province_code, city_code, district_code, longitude, latitude, coordinate_system, opening_hours, station_type, status, service_phone, parking_fee_note, created_at, updated_at, row_version)
VALUES (3, 2, 'NJQH0001', '南京秦淮加盟示范站', '江苏省南京市秦淮区中华路100号', '320000', '320100', '320104', 118.7818000, 32.0236000, 'GCJ02', '00:00-24:00', 'PUBLIC', 'OPERATING', '025-80000011', '停车免费', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
-- its own tariff: a copy of the demo operator's, under its own model number
INSERT INTO tariff_template (id, merchant_id, name, model_no, status, created_at, updated_at, row_version)
VALUES (2, 2, '加盟商分时电价(示范)', '0201', 'ACTIVE', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO tariff_template_version (id, template_id, merchant_id, version_no, effective_from, created_at, model_no, activated_at)
VALUES (2, 2, 2, 1, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', '0201', TIMESTAMP '2025-12-31 16:00:00');
INSERT INTO tariff_rate (id, version_id, merchant_id, rate_type, electricity_fee, service_fee)
SELECT id + 100, 2, 2, rate_type, electricity_fee, service_fee FROM tariff_rate WHERE version_id = 1;
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type)
SELECT id + 100, 2, 2, slot_index, rate_type FROM tariff_slot WHERE version_id = 1;
INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type, rated_power_kw, gun_count, manufacturer, pile_model, protocol_version, firmware_version, sim_no, network_type, online_flag, status, tariff_template_id, last_login_at, created_at, updated_at, row_version)
VALUES (3, 2, 3, '32010400000001', 'AC', 7.00, 1, '示范电气', 'AC7-1', 'V1.6', 'V1.0.0', '89860000000000000003', 'SIM', 0, 'ACTIVE', 2, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state, state_changed_at, created_at, updated_at, row_version)
VALUES (4, 3, 2, 1, '3201040000000101', 'GBT_AC', 'OFFLINE', NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO console_user (id, login_phone, display_name, password_hash, merchant_id, enabled, failed_logins, locked_until, must_change_password, last_login_at, created_at, updated_at, row_version)
VALUES (4, '13900000003', '加盟商运维', 'PBKDF2WithHmacSHA256:2048:7uxaxUo3pZk51JOdJ/vIBpHtJAXFG44P4djyvB4EEoQ=:W1zvsXZLE4gczjcXHjB8rVRYNCmXnOPP2ukGXCD63pU=', 2, 1, 0, NULL, 0, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO console_user_role (user_id, role_id) VALUES (4, 2);
UPDATE station SET tariff_template_id = 2 WHERE id = 3;
