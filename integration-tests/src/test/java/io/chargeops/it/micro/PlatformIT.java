package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator checks first on a fresh node: health, API description and docs, console, pile port. */
@ExtendWith(SharedNode.class)
class PlatformIT {

    private static MicroNode node;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(node.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpWithDatabaseBrokerAndPileListenerChecks() throws Exception {
        HttpResponse<String> health = get("/health/ready");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("\"name\":\"broker\"")
                .contains("\"name\":\"pile-listener\"")
                .doesNotContain("\"DOWN\"");
    }

    @Test
    void openApiDescribesTheApiAndSwaggerUiIsServedLocally() throws Exception {
        HttpResponse<String> spec = get("/openapi");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("title: ChargeOps API").contains("url: /api").contains("  /docs:");

        HttpResponse<String> page = get("/api/docs/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("url: \"/openapi\"").doesNotContain("https://");

        HttpResponse<String> bundle = get("/api/docs/swagger-ui-bundle.js");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(bundle.body().length()).isGreaterThan(100_000);
    }

    @Test
    void unknownApiPathAnswersProblemJson() throws Exception {
        HttpResponse<String> missing = get("/api/app/v1/no-such-thing");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"status\":404").contains("\"title\":\"Not Found\"");
    }

    @Test
    void documentationAssetsOutsideTheWhitelistAreNotServed() throws Exception {
        HttpResponse<String> probe = get("/api/docs/..%2F..%2FMETA-INF%2FMANIFEST.MF");

        assertThat(probe.statusCode()).isEqualTo(404);
    }

    @Test
    void consoleRedirectsToTheSignInPage() throws Exception {
        HttpResponse<String> console = get("/admin/");

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login.xhtml"));
        HttpResponse<String> login = get("/admin/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<form").contains("login:phone").contains("login:password");
    }

    @Test
    void pileListenerAcceptsTcp() throws Exception {
        try (Socket pile = new Socket()) {
            pile.connect(new InetSocketAddress("127.0.0.1", node.pilePort()), 2000);
            assertThat(pile.isConnected()).isTrue();
        }
    }
}
