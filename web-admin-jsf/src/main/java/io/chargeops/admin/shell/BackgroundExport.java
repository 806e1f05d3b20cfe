package io.chargeops.admin.shell;

import io.chargeops.core.persistence.DataScope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One xlsx export written off the request thread into a temporary file, so a long list does not hold a request open
 * with nothing to show: the page polls {@link #percent()} for its progress bar and downloads the file once it is
 * {@link State#DONE}. Started by {@link Exports}; it runs in the data scope of the account that started it.
 */
public final class BackgroundExport {

    private static final Logger LOG = Logger.getLogger(BackgroundExport.class.getName());

    public enum State { RUNNING, DONE, FAILED, DOWNLOADED }

    /** Writes the export to {@code out} with the viewer's texts, calling {@code rowWritten} after each row. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, ResourceBundle text, Runnable rowWritten) throws IOException;
    }

    private final String fileName;
    private final long expectedRows;
    private final Path file;
    private final AtomicLong rows = new AtomicLong();
    private volatile State state = State.RUNNING;

    BackgroundExport(String fileName, long expectedRows, Path file) {
        this.fileName = fileName;
        this.expectedRows = expectedRows;
        this.file = file;
    }

    /** On the executor's thread: the data scope is per thread, so it is carried over from the request. */
    void run(Writer writer, ResourceBundle text, DataScope scope) {
        DataScope.enter(scope);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out, text, rows::incrementAndGet);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + fileName + " failed after " + rows.get() + " rows", e);
            state = State.FAILED;
            delete();
            return;
        } finally {
            DataScope.clear();
        }
        state = State.DONE;
    }

    /** 0..100; 100 only once the export has ended (done or failed), so a full bar means there is an outcome to show. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        return expectedRows <= 0 ? 0 : (int) Math.min(99, rows.get() * 100 / expectedRows);
    }

    public long rows() {
        return rows.get();
    }

    public long expectedRows() {
        return expectedRows;
    }

    public State state() {
        return state;
    }

    /** Answers the request with the finished file and deletes it: a finished export is downloaded once. */
    public void download() throws IOException {
        if (state != State.DONE) {
            return;
        }
        Downloads.send(fileName, Downloads.XLSX, out -> Files.copy(file, out));
        state = State.DOWNLOADED;
        delete();
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file + "; the next export's sweep will", e);
        }
    }
}
