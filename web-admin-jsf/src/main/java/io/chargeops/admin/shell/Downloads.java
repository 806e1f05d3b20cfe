package io.chargeops.admin.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/** Answers a non-ajax console action with a file instead of a page: exports, QR codes. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PNG = "image/png";
    public static final String ZIP = "application/zip";

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    public static void send(String fileName, String contentType, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        body.write(external.getResponseOutputStream());
        faces.responseComplete();
    }
}
