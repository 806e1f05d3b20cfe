package io.chargeops.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a script into statements that JDBC can execute one at a time.
 *
 * <p>Rules, kept deliberately small:
 * <ul>
 * <li>{@code ;} ends a statement unless it is inside a string literal ({@code '...'}, with
 * {@code ''} as escaped quote), a quoted identifier ({@code "..."}) or a comment.</li>
 * <li>{@code -- ...} and {@code /* ... *&#47;} comments are dropped, so a {@code ;} in a comment
 * never splits and no driver sees a comment-only statement.</li>
 * <li>Procedural blocks (statements starting with {@code BEGIN}, {@code DECLARE} or
 * {@code CREATE [OR REPLACE] PROCEDURE|FUNCTION|TRIGGER|PACKAGE}) contain semicolons of their
 * own; they end at a line holding only {@code /}, the convention of Oracle's SQL*Plus and
 * Dameng's disql, so DM8 scripts can be pasted into disql unchanged.</li>
 * </ul>
 */
public final class SqlStatementSplitter {

    private static final Pattern PROCEDURAL_START = Pattern.compile(
            "^(BEGIN|DECLARE|CREATE\\s+(OR\\s+REPLACE\\s+)?(PROCEDURE|FUNCTION|TRIGGER|PACKAGE)|CREATE\\s+(OR\\s+REPLACE\\s+)?PACKAGE\\s+BODY)\\b.*",
            Pattern.DOTALL);

    private SqlStatementSplitter() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (c == '-' && next == '-') {
                int eol = script.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (c == '/' && next == '*') {
                int close = script.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new MigrationException("Unterminated /* comment starting at line " + lineOf(script, i));
                }
                current.append(' ');
                i = close + 2;
            } else if (c == '/' && isAloneOnLine(script, i)) {
                flush(current, statements);
                i++;
            } else if (c == ';' && !isProcedural(current)) {
                flush(current, statements);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        flush(current, statements);
        return statements;
    }

    private static int endOfQuoted(String script, int start, char quote) {
        int j = start + 1;
        while (j < script.length()) {
            if (script.charAt(j) == quote) {
                if (j + 1 < script.length() && script.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        String what = quote == '\'' ? "string literal" : "quoted identifier";
        throw new MigrationException("Unterminated " + what + " starting at line " + lineOf(script, start));
    }

    private static boolean isAloneOnLine(String script, int pos) {
        int lineStart = script.lastIndexOf('\n', pos - 1) + 1;
        int lineEnd = script.indexOf('\n', pos);
        if (lineEnd < 0) {
            lineEnd = script.length();
        }
        return script.substring(lineStart, lineEnd).trim().equals("/");
    }

    private static boolean isProcedural(CharSequence current) {
        String head = current.toString().trim().toUpperCase(Locale.ROOT);
        return PROCEDURAL_START.matcher(head).matches();
    }

    private static void flush(StringBuilder current, List<String> statements) {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static int lineOf(String script, int pos) {
        int line = 1;
        for (int k = 0; k < pos && k < script.length(); k++) {
            if (script.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
