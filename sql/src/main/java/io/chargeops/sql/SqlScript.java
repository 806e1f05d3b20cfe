package io.chargeops.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned script as found on the classpath. The checksum is taken over the text with line
 * endings normalised, so a Windows checkout (CRLF) does not look like an edited script.
 */
public final class SqlScript {

    private static final Pattern NAME = Pattern.compile("([VS])(\\d+(?:\\.\\d+)*)__([A-Za-z0-9_]+)\\.sql");

    private final ScriptKind kind;
    private final ScriptVersion version;
    private final String description;
    private final String resourceName;
    private final String sql;
    private final String checksum;

    SqlScript(ScriptKind kind, ScriptVersion version, String description, String resourceName, String sql) {
        this.kind = kind;
        this.version = version;
        this.description = description;
        this.resourceName = resourceName;
        this.sql = normalise(sql);
        this.checksum = sha256(this.sql);
    }

    /**
     * Builds a script from its resource name ({@code db/migration/h2/V001__core_schema.sql}) and
     * content; returns {@code null} when the file name is not a script of the expected kind.
     */
    public static SqlScript of(ScriptKind kind, String resourceName, String content) {
        String fileName = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(fileName);
        if (!m.matches() || m.group(1).charAt(0) != kind.prefix()) {
            return null;
        }
        return new SqlScript(kind, ScriptVersion.parse(m.group(2)), m.group(3).replace('_', ' '), resourceName, content);
    }

    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public ScriptKind kind() {
        return kind;
    }

    public ScriptVersion version() {
        return version;
    }

    public String description() {
        return description;
    }

    public String resourceName() {
        return resourceName;
    }

    /** File name without directories, as recorded in the history table. */
    public String fileName() {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }

    public String sql() {
        return sql;
    }

    public String checksum() {
        return checksum;
    }

    public List<String> statements() {
        return SqlStatementSplitter.split(sql);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlScript s && s.kind == kind && s.version.equals(version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, version);
    }

    @Override
    public String toString() {
        return resourceName;
    }
}
