package io.chargeops.api.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/**
 * The app API's operations as the code declares them. {@code app-operations.txt} (next to this test) is the list;
 * this test keeps it equal to the code, and the integration test {@code AppOpenApiIT} checks that the running node's
 * {@code /openapi} describes every operation in it — together: {@code /openapi} lists every app operation the code
 * exposes. Each operation also needs a summary, its responses, and (when it needs a signed-in user) the bearer scheme.
 */
class AppOperationsTest {

    static final String LIST = "app-operations.txt";
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");

    @Test
    void everyOperationIsListedAndDocumented() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.chargeops.api.app")) {
            Class<?> type = javaClass.reflect();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || !classPath.value().startsWith("app/")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String http = METHODS.entrySet().stream().filter(e -> m.isAnnotationPresent(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (http == null) {
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String path = "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value());
                String operation = http + " " + path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                found.add(operation);
                Operation op = m.getAnnotation(Operation.class);
                boolean secured = type.isAnnotationPresent(AppSecured.class) || m.isAnnotationPresent(AppSecured.class);
                boolean bearer = type.isAnnotationPresent(SecurityRequirement.class) || m.isAnnotationPresent(SecurityRequirement.class);
                if (op == null || op.summary().isBlank() || m.getAnnotationsByType(APIResponse.class).length == 0
                        || secured != bearer) {
                    undocumented.add(operation);
                }
            }
        }
        found.sort(null);
        assertThat(undocumented).as("operations without summary, responses or matching security requirement").isEmpty();
        assertThat(found).as("the operations in " + LIST + " (update the file to:\n" + String.join("\n", found) + "\n)")
                .containsExactlyElementsOf(listed());
    }

    static List<String> listed() throws IOException {
        try (InputStream in = AppOperationsTest.class.getResourceAsStream(LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        }
    }
}
