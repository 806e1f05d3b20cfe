package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data scope through the ops API on the booted platform: the franchisee's operator (13900000003, merchant 2 of
 * the demo seed) reads and acts on its own merchant's records only — another merchant's station, pile, gun, tariff
 * or order is "not found", exactly as if it did not exist — while the platform's admin sees both merchants.
 */
@ExtendWith(SharedNode.class)
class DataScopeIT {

    static final String FRANCHISEE_OPERATOR = "13900000003";
    static final String OPERATOR_PILE = "32010600000001";     // merchant 1
    static final String FRANCHISEE_PILE = "32010400000001";   // merchant 2

    static AdminApi platform;
    static AdminApi franchisee;

    @BeforeAll
    static void boot(MicroNode node) {
        platform = new AdminApi(node);
        franchisee = new AdminApi(node, FRANCHISEE_OPERATOR);
    }

    @Test
    void listsShowTheFranchiseeItsOwnRecordsAndThePlatformEverything() {
        assertThat(merchants(franchisee.get("/stations"))).as("stations").containsOnly(2L);
        assertThat(merchants(platform.get("/stations"))).as("stations").contains(1L, 2L);
        assertThat(codes(franchisee.get("/piles"), "pileCode")).containsExactly(FRANCHISEE_PILE);
        assertThat(codes(platform.get("/piles"), "pileCode")).contains(OPERATOR_PILE, FRANCHISEE_PILE);
        assertThat(merchants(franchisee.get("/tariffs"))).as("tariffs").containsOnly(2L);
        assertThat(merchants(platform.get("/tariffs"))).as("tariffs").contains(1L, 2L);
        assertThat(franchisee.get("/charging-orders").list()).as("orders")
                .allSatisfy(o -> assertThat(((Number) o.get("merchantId")).longValue()).isEqualTo(2L));
    }

    @Test
    void anotherMerchantsRecordsAreNotFoundAndCannotBeActedOn() {
        String operatorStation = platform.get("/stations").list().stream()
                .filter(s -> ((Number) s.get("merchantId")).longValue() == 1L)
                .map(s -> String.valueOf(((Number) s.get("id")).longValue())).findFirst().orElseThrow();
        assertThat(franchisee.get("/stations/" + operatorStation).status()).isEqualTo(404);
        assertThat(platform.get("/stations/" + operatorStation).status()).isEqualTo(200);
        assertThat(franchisee.get("/piles/" + OPERATOR_PILE).status()).isEqualTo(404);
        assertThat(franchisee.get("/piles/" + FRANCHISEE_PILE).status()).isEqualTo(200);
        assertThat(franchisee.get("/guns/" + OPERATOR_PILE + "01").status()).isEqualTo(404);
        assertThat(franchisee.get("/tariffs/1").status()).isEqualTo(404);
        AdminApi.Reply commands = franchisee.get("/piles/" + OPERATOR_PILE + "/commands");
        assertThat(commands.status() == 404 || commands.list().isEmpty()).as(commands.toString()).isTrue();

        AdminApi.Reply start = franchisee.post("/charging-orders", "{\"userPhone\":\"13800000000\",\"gunCode\":\""
                + OPERATOR_PILE + "01\",\"prepayAmount\":10.00}");
        assertThat(start.status()).as(start.toString()).isEqualTo(404);
        assertThat(str(start.map(), "type")).isEqualTo("https://chargeops.io/problems/unknown-gun");

        AdminApi.Reply reboot = franchisee.post("/piles/" + OPERATOR_PILE + "/commands/reboot", "{}");
        assertThat(reboot.status()).as(reboot.toString()).isEqualTo(404);
    }

    private static List<Long> merchants(AdminApi.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list().stream().map(m -> ((Number) m.get("merchantId")).longValue()).distinct().toList();
    }

    private static List<String> codes(AdminApi.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list().stream().map(m -> String.valueOf(m.get(field))).toList();
    }
}
