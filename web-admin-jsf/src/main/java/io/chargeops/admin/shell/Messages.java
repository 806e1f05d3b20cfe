package io.chargeops.admin.shell;

import io.chargeops.core.RefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages for the growl, from the console's text bundle. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, key, args);
    }

    /** A refusal from ejb-core: its message says why (in the domain's words). */
    public static void refused(RefusedException e) {
        add(FacesMessage.SEVERITY_ERROR, "refused", e.getMessage());
    }

    public static String text(String key, Object... args) {
        ResourceBundle bundle = bundle();
        return args.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** The text bundle in the viewer's language, for work that continues off the request thread. */
    public static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "text");
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String summary = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
