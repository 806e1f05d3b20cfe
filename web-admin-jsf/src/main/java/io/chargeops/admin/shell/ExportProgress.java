package io.chargeops.admin.shell;

import java.io.IOException;
import java.io.Serializable;

/**
 * A page's latest export as its progress dialog ({@code /WEB-INF/export-progress.xhtml}) shows it: the bar, the rows
 * written, the outcome, and the download of the finished file. A page bean holds one and starts exports into it.
 */
public class ExportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    // a running export is not carried across a session's serialization: the operator exports again
    private transient BackgroundExport export;

    public void track(BackgroundExport export) {
        this.export = export;
    }

    public int getPercent() {
        return export == null ? 0 : export.percent();
    }

    public long getRows() {
        return export == null ? 0 : export.rows();
    }

    public long getExpectedRows() {
        return export == null ? 0 : export.expectedRows();
    }

    /** RUNNING, DONE, FAILED or DOWNLOADED; NONE before the first export. */
    public String getState() {
        return export == null ? "NONE" : export.state().name();
    }

    public void download() throws IOException {
        if (export != null) {
            export.download();
        }
    }
}
