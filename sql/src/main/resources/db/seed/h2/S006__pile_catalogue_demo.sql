-- Demo pile catalogue (厂商/型号): two makers with the models of the demo piles, so a pile can be given its model
-- from the console at once. Embedded default only. Keep in step with the dm8 script.
INSERT INTO manufacturer (id, name, contact_name, contact_phone, remark, created_at, updated_at, row_version)
VALUES (1, '金陵电气', '王工', '025-84000000', '直流快充桩', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO manufacturer (id, name, contact_name, contact_phone, remark, created_at, updated_at, row_version)
VALUES (2, '秦淮新能源', '李工', '025-86000000', '交流慢充桩', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO pile_model (id, manufacturer_id, model_code, pile_type, rated_power_kw, gun_count, protocol, remark, created_at, updated_at, row_version)
VALUES (1, 1, 'JL-DC120-2', 'DC', 120.00, 2, 'YKC_1_6', '双枪一体式', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
INSERT INTO pile_model (id, manufacturer_id, model_code, pile_type, rated_power_kw, gun_count, protocol, remark, created_at, updated_at, row_version)
VALUES (2, 2, 'QH-AC7-1', 'AC', 7.00, 1, 'YKC_1_6', '壁挂式', TIMESTAMP '2025-12-31 16:00:00', TIMESTAMP '2025-12-31 16:00:00', 0);
