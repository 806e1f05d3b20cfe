-- Demo data for the embedded default only (MigrationRunner.migrateAndSeed(true)); production never runs
-- db/seed. Keep in step with db/seed/h2/S001__demo_data.sql (only boolean literals differ).
-- Fixed ids below 1000: the sequences start at 1000, so JPA-generated ids never collide with these.
-- Timestamps are UTC: 2025-12-31 16:00:00 UTC = 2026-01-01 00:00 Asia/Shanghai.

-- 示范运营商 (platform's demo operator)
INSERT INTO merchant (id, merchant_code, name, short_name, merchant_type, parent_id, status, contact_name, contact_phone, created_at, updated_at, row_version)
VALUES (1, 'DEMO', '示范运营商', '示范', 'OPERATOR', NULL, 'ACTIVE', '王经理', '025-80000000', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);

-- TOU template (江苏工商业分时 pattern): 谷 00-08, 峰 08-11 17-20 21-22, 平 11-14 15-17 22-24, 尖 14-15 20-21
INSERT INTO tariff_template (id, merchant_id, name, model_no, status, created_at, updated_at, row_version)
VALUES (1, 1, '江苏分时电价(示范)', '0001', 'ACTIVE', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO tariff_template_version (id, template_id, merchant_id, version_no, effective_from, created_at)
VALUES (1, 1, 1, 1, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00');
-- yuan per kWh, 5 decimals as YKC carries them
INSERT INTO tariff_rate (id, version_id, merchant_id, rate_type, electricity_fee, service_fee) VALUES (1, 1, 1, 'SHARP', 1.18520, 0.80000);
INSERT INTO tariff_rate (id, version_id, merchant_id, rate_type, electricity_fee, service_fee) VALUES (2, 1, 1, 'PEAK', 1.02540, 0.80000);
INSERT INTO tariff_rate (id, version_id, merchant_id, rate_type, electricity_fee, service_fee) VALUES (3, 1, 1, 'FLAT', 0.62310, 0.60000);
INSERT INTO tariff_rate (id, version_id, merchant_id, rate_type, electricity_fee, service_fee) VALUES (4, 1, 1, 'VALLEY', 0.28560, 0.40000);
-- slot i covers local time [i*30 min, (i+1)*30 min)
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (1, 1, 1, 0, 'VALLEY'); -- 00:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (2, 1, 1, 1, 'VALLEY'); -- 00:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (3, 1, 1, 2, 'VALLEY'); -- 01:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (4, 1, 1, 3, 'VALLEY'); -- 01:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (5, 1, 1, 4, 'VALLEY'); -- 02:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (6, 1, 1, 5, 'VALLEY'); -- 02:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (7, 1, 1, 6, 'VALLEY'); -- 03:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (8, 1, 1, 7, 'VALLEY'); -- 03:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (9, 1, 1, 8, 'VALLEY'); -- 04:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (10, 1, 1, 9, 'VALLEY'); -- 04:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (11, 1, 1, 10, 'VALLEY'); -- 05:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (12, 1, 1, 11, 'VALLEY'); -- 05:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (13, 1, 1, 12, 'VALLEY'); -- 06:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (14, 1, 1, 13, 'VALLEY'); -- 06:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (15, 1, 1, 14, 'VALLEY'); -- 07:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (16, 1, 1, 15, 'VALLEY'); -- 07:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (17, 1, 1, 16, 'PEAK'); -- 08:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (18, 1, 1, 17, 'PEAK'); -- 08:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (19, 1, 1, 18, 'PEAK'); -- 09:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (20, 1, 1, 19, 'PEAK'); -- 09:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (21, 1, 1, 20, 'PEAK'); -- 10:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (22, 1, 1, 21, 'PEAK'); -- 10:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (23, 1, 1, 22, 'FLAT'); -- 11:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (24, 1, 1, 23, 'FLAT'); -- 11:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (25, 1, 1, 24, 'FLAT'); -- 12:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (26, 1, 1, 25, 'FLAT'); -- 12:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (27, 1, 1, 26, 'FLAT'); -- 13:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (28, 1, 1, 27, 'FLAT'); -- 13:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (29, 1, 1, 28, 'SHARP'); -- 14:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (30, 1, 1, 29, 'SHARP'); -- 14:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (31, 1, 1, 30, 'FLAT'); -- 15:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (32, 1, 1, 31, 'FLAT'); -- 15:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (33, 1, 1, 32, 'FLAT'); -- 16:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (34, 1, 1, 33, 'FLAT'); -- 16:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (35, 1, 1, 34, 'PEAK'); -- 17:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (36, 1, 1, 35, 'PEAK'); -- 17:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (37, 1, 1, 36, 'PEAK'); -- 18:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (38, 1, 1, 37, 'PEAK'); -- 18:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (39, 1, 1, 38, 'PEAK'); -- 19:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (40, 1, 1, 39, 'PEAK'); -- 19:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (41, 1, 1, 40, 'SHARP'); -- 20:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (42, 1, 1, 41, 'SHARP'); -- 20:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (43, 1, 1, 42, 'PEAK'); -- 21:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (44, 1, 1, 43, 'PEAK'); -- 21:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (45, 1, 1, 44, 'FLAT'); -- 22:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (46, 1, 1, 45, 'FLAT'); -- 22:30
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (47, 1, 1, 46, 'FLAT'); -- 23:00
INSERT INTO tariff_slot (id, version_id, merchant_id, slot_index, rate_type) VALUES (48, 1, 1, 47, 'FLAT'); -- 23:30

-- Two stations in Nanjing; coordinates are GCJ-02 as AMap shows them
INSERT INTO station (id, merchant_id, station_code, name, address, province_code, city_code, district_code, longitude, latitude, coordinate_system, opening_hours, station_type, status, service_phone, parking_fee_note, created_at, updated_at, row_version)
VALUES (1, 1, 'NJGL0001', '南京鼓楼示范充电站', '江苏省南京市鼓楼区中山北路200号', '320000', '320100', '320106', 118.7785320, 32.0662150, 'GCJ02', '00:00-24:00', 'PUBLIC', 'OPERATING', '025-80000001', '充电期间停车前2小时免费,超出按5元/小时收取', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO station (id, merchant_id, station_code, name, address, province_code, city_code, district_code, longitude, latitude, coordinate_system, opening_hours, station_type, status, service_phone, parking_fee_note, created_at, updated_at, row_version)
VALUES (2, 1, 'NJJY0001', '南京河西奥体示范充电站', '江苏省南京市建邺区江东中路222号', '320000', '320100', '320105', 118.7329860, 32.0078420, 'GCJ02', '06:00-23:00', 'PUBLIC', 'OPERATING', '025-80000002', '停车免费', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);

-- Registered piles at the first station (the simulator's defaults), both on the demo tariff
INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type, rated_power_kw, gun_count, manufacturer, pile_model, protocol_version, firmware_version, sim_no, network_type, online_flag, status, tariff_template_id, last_login_at, created_at, updated_at, row_version)
VALUES (1, 1, 1, '32010600000001', 'DC', 120.00, 2, '示范电气', 'DC120-2', 'V1.6', 'V1.0.0', '89860000000000000001', 'SIM', 0, 'ACTIVE', 1, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type, rated_power_kw, gun_count, manufacturer, pile_model, protocol_version, firmware_version, sim_no, network_type, online_flag, status, tariff_template_id, last_login_at, created_at, updated_at, row_version)
VALUES (2, 1, 1, '32010600000002', 'AC', 7.00, 1, '示范电气', 'AC7-1', 'V1.6', 'V1.0.0', '89860000000000000002', 'SIM', 0, 'ACTIVE', 1, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state, state_changed_at, created_at, updated_at, row_version)
VALUES (1, 1, 1, 1, '3201060000000101', 'GBT_DC', 'OFFLINE', NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state, state_changed_at, created_at, updated_at, row_version)
VALUES (2, 1, 1, 2, '3201060000000102', 'GBT_DC', 'OFFLINE', NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state, state_changed_at, created_at, updated_at, row_version)
VALUES (3, 2, 1, 1, '3201060000000201', 'GBT_AC', 'OFFLINE', NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);

-- App user 13800000000 with 100.0000 yuan: one top-up ledger entry, so balance = sum(ledger)
INSERT INTO app_user (id, phone, nickname, status, created_at, updated_at, row_version)
VALUES (1, '13800000000', '示范用户', 'ACTIVE', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO wallet (id, user_id, merchant_id, balance, frozen, created_at, updated_at, row_version)
VALUES (1, 1, NULL, 100.0000, 0.0000, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO wallet_ledger_entry (id, wallet_id, merchant_id, entry_type, amount, balance_after, ref_type, ref_id, remark, created_at)
VALUES (1, 1, NULL, 'TOP_UP', 100.0000, 100.0000, 'SEED', 'demo-top-up-1', '示范充值', TIMESTAMP '2025-12-31 16:00:00');

-- Console: platform administrator 13900000000 / ChargeOps#2026 (Pbkdf2PasswordHash default format:
-- PBKDF2WithHmacSHA256, 2048 iterations, 32-byte salt, 32-byte key). Change it on any shared machine.
INSERT INTO console_role (id, role_code, role_name, merchant_id, created_at)
VALUES (1, 'PLATFORM_ADMIN', '平台管理员', NULL, TIMESTAMP '2025-12-31 16:00:00');
INSERT INTO console_user (id, login_phone, display_name, password_hash, merchant_id, enabled, failed_logins, locked_until, must_change_password, last_login_at, created_at, updated_at, row_version)
VALUES (1, '13900000000', '平台管理员', 'PBKDF2WithHmacSHA256:2048:7uxaxUo3pZk51JOdJ/vIBpHtJAXFG44P4djyvB4EEoQ=:W1zvsXZLE4gczjcXHjB8rVRYNCmXnOPP2ukGXCD63pU=', NULL, 1, 0, NULL, 0, NULL, TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO console_user_role (user_id, role_id) VALUES (1, 1);
