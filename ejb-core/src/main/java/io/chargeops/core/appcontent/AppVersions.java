package io.chargeops.core.appcontent;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The version check: per platform ({@code android}, {@code ios}, {@code wechat}, {@code alipay}) the latest version,
 * the oldest still supported and where to get it, from {@code chargeops.app.version.<platform>.latest},
 * {@code .min-supported}, {@code .download-url} and {@code .notes} (defaults 1.0.0, 1.0.0, none, none). Versions
 * compare by their numeric dot-separated parts (1.10.0 > 1.9.3).
 */
@ApplicationScoped
public class AppVersions {

    static final Set<String> PLATFORMS = Set.of("android", "ios", "wechat", "alipay");

    /** What the app learns: whether an update is offered, and whether it is required before going on. */
    public record VersionCheck(String platform, String latestVersion, String minSupportedVersion, String downloadUrl,
                               String releaseNotes, String currentVersion, boolean updateAvailable, boolean updateRequired) {
    }

    public VersionCheck check(String platform, String current) {
        String p = platform == null ? "" : platform.strip().toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(p)) {
            throw new RefusedException(Kind.INVALID, "invalid-platform", "platform must be android, ios, wechat or alipay: " + platform);
        }
        if (current != null && !current.isBlank() && !current.strip().matches("\\d{1,6}(\\.\\d{1,6}){0,3}")) {
            throw new RefusedException(Kind.INVALID, "invalid-version", "currentVersion looks like 1.2.3: " + current);
        }
        Config config = ConfigProvider.getConfig();
        String prefix = "chargeops.app.version." + p + ".";
        String latest = config.getOptionalValue(prefix + "latest", String.class).orElse("1.0.0");
        String min = config.getOptionalValue(prefix + "min-supported", String.class).orElse("1.0.0");
        String url = config.getOptionalValue(prefix + "download-url", String.class).orElse(null);
        String notes = config.getOptionalValue(prefix + "notes", String.class).orElse(null);
        String cur = current == null || current.isBlank() ? null : current.strip();
        return new VersionCheck(p, latest, min, url, notes, cur, cur != null && compare(cur, latest) < 0,
                cur != null && compare(cur, min) < 0);
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long u = i < x.length ? parse(x[i]) : 0;
            long v = i < y.length ? parse(y[i]) : 0;
            if (u != v) {
                return Long.compare(u, v);
            }
        }
        return 0;
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
