package io.chargeops.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.audit.ChangeDiff.FieldChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operation log's before/after: only changed fields, never a secret, JSON that reads back the same. */
class ChangeDiffTest {

    record Station(Long id, String name, BigDecimal latitude, Instant openedAt, List<String> guns) {
    }

    record Account(String phone, String displayName, String passwordHash, boolean enabled) {
    }

    @Test
    void keepsOnlyTheFieldsThatChangedWithBothValues() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Station before = new Station(7L, "秦淮示范站", new BigDecimal("32.0236000"), at, List.of("01", "02"));
        Station after = new Station(7L, "秦淮示范站(新)", new BigDecimal("32.0236000"), at, List.of("01", "02", "03"));
        assertThat(ChangeDiff.between(before, after)).containsExactly(
                new FieldChange("name", "秦淮示范站", "秦淮示范站(新)"),
                new FieldChange("guns", "01,02", "01,02,03"));
        assertThat(ChangeDiff.between(before, before)).isEmpty();
    }

    @Test
    void aCreatedRecordHasOnlyAfterValuesAndADeletedOneOnlyBefore() {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("name", "值班员");
        role.put("permissions", List.of("dashboard", "orders"));
        role.put("merchantId", null);
        assertThat(ChangeDiff.between(null, role)).containsExactly(new FieldChange("name", null, "值班员"),
                new FieldChange("permissions", null, "dashboard,orders"));
        assertThat(ChangeDiff.between(role, null)).extracting(FieldChange::after).containsOnlyNulls();
    }

    @Test
    void secretsAreNeverKeptWhateverTheCallerHandsIn() {
        Account before = new Account("13911110001", "值班员", "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==", true);
        Account after = new Account("13911110001", "值班员", "PBKDF2WithHmacSHA256:2048:bmV3:bmV3aGFzaA==", false);
        List<FieldChange> changes = ChangeDiff.between(before, after);
        assertThat(changes).containsExactly(new FieldChange("enabled", "true", "false"));
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("operatorSecret", "1234567890abcdef");
        partner.put("dataSecretIv", "1234567890abcdef");
        partner.put("accessToken", "tok");
        partner.put("password", "ChargeOps#2026");
        partner.put("name", "示范平台");
        String json = ChangeDiff.json(ChangeDiff.between(null, partner));
        assertThat(json).isEqualTo("{\"name\":[null,\"示范平台\"]}").doesNotContain("1234567890abcdef", "tok", "ChargeOps");
    }

    @Test
    void jsonIsCompactAndReadsBackTheSame() {
        List<FieldChange> changes = List.of(new FieldChange("SHARP", "1.18520 + 0.80000", "1.20000 + 0.80000"),
                new FieldChange("note", "say \"hi\"\n", null));
        String json = ChangeDiff.json(changes);
        assertThat(json).isEqualTo("{\"SHARP\":[\"1.18520 + 0.80000\",\"1.20000 + 0.80000\"],\"note\":[\"say \\\"hi\\\"\\n\",null]}");
        assertThat(ChangeDiff.parse(json)).isEqualTo(changes);
        assertThat(ChangeDiff.parse("not json")).isEmpty();
        assertThat(ChangeDiff.parse(null)).isEmpty();
    }

    @Test
    void longValuesAreCut() {
        String text = "x".repeat(2000);
        List<FieldChange> changes = ChangeDiff.between(null, Map.of("remark", text));
        assertThat(changes.get(0).after()).hasSize(ChangeDiff.MAX_VALUE).endsWith("…");
    }
}
