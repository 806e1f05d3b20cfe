package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract a mobile developer builds the app from: the node's {@code /openapi} describes every {@code /api/app/v1}
 * operation the code exposes — the list in rest-api's {@code app-operations.txt}, which rest-api's
 * {@code AppOperationsTest} keeps equal to the resource classes — each with a summary, responses and (for signed-in
 * operations) the bearer scheme, and describes no app operation the code does not have.
 */
@ExtendWith(SharedNode.class)
class AppOpenApiIT {

    static MicroNode node;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiDescribesEveryAppOperationTheCodeExposes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.url("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> spec = (Map<String, Object>) Json.parse(response.body());
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        assertThat(AdminApi.at(spec, "components.securitySchemes.appBearer.scheme")).isEqualTo("bearer");

        List<String> expected = operationsInCode();
        assertThat(expected).hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        for (String operation : expected) {
            String[] parts = operation.split(" ", 2);
            Map<String, Object> op = paths.get(parts[1]) instanceof Map<?, ?> item
                    ? (Map<String, Object>) item.get(parts[0].toLowerCase(Locale.ROOT)) : null;
            if (op == null || op.get("summary") == null || String.valueOf(op.get("summary")).isBlank()
                    || !(op.get("responses") instanceof Map<?, ?> r) || r.isEmpty()) {
                missing.add(operation + " -> " + op);
            }
        }
        assertThat(missing).as("app operations /openapi does not describe (with summary and responses)").isEmpty();

        List<String> described = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/app/")) {
                ((Map<String, Object>) item).keySet().stream()
                        .filter(m -> List.of("get", "post", "put", "delete", "patch", "head").contains(m))
                        .forEach(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + path));
            }
        });
        assertThat(described).as("app operations in /openapi").containsExactlyInAnyOrderElementsOf(expected);

        // signed-in operations name the bearer scheme; sign-in itself and the public ones do not
        Map<String, Object> wallet = (Map<String, Object>) ((Map<String, Object>) paths.get("/app/v1/wallet")).get("get");
        assertThat(String.valueOf(wallet.get("security"))).contains("appBearer");
        Map<String, Object> signIn = (Map<String, Object>) ((Map<String, Object>) paths.get("/app/v1/auth/sessions")).get("post");
        assertThat(signIn.get("security")).isNull();
        assertThat(String.valueOf(signIn.get("requestBody"))).contains("SignInRequest");
    }

    /** rest-api's list of app operations, kept equal to the code by its AppOperationsTest. */
    static List<String> operationsInCode() throws IOException {
        Path home = Path.of(System.getProperty("chargeops.home", ".."));
        return Files.readAllLines(home.resolve("rest-api/src/test/resources/io/chargeops/api/app/app-operations.txt"))
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
