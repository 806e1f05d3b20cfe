package io.chargeops.admin.shell;

import io.chargeops.core.persistence.DataScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the console's xlsx exports in the background ({@link BackgroundExport}) on the container's managed executor.
 * The files wait in {@code chargeops.console.export.directory} (default: a folder in the JVM's temp directory) until
 * downloaded; files an operator never fetched are deleted after {@code chargeops.console.export.keep-minutes}.
 */
@ApplicationScoped
public class Exports {

    private static final Logger LOG = Logger.getLogger(Exports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "chargeops.console.export.directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "chargeops.console.export.keep-minutes", defaultValue = "60")
    int keepMinutes;

    /**
     * Starts writing an export of about {@code expectedRows} rows (used for the progress bar only) with the viewer's
     * texts and data scope.
     */
    public BackgroundExport start(String fileName, long expectedRows, BackgroundExport.Writer writer) {
        Path folder = folder();
        sweep(folder);
        Path file;
        try {
            file = Files.createTempFile(folder, "export-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create an export file in " + folder, e);
        }
        BackgroundExport export = new BackgroundExport(fileName, expectedRows, file);
        ResourceBundle text = Messages.bundle();
        DataScope scope = DataScope.current();
        executor.execute(() -> export.run(writer, text, scope));
        return export;
    }

    private Path folder() {
        Path folder = directory.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "chargeops-exports"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the export directory " + folder, e);
        }
    }

    private void sweep(Path folder) {
        Instant before = Instant.now().minus(Duration.ofMinutes(keepMinutes));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith("export-") && modifiedBefore(f, before))
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not sweep old exports in " + folder, e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
