package io.chargeops.pile.simulator.faults;

import io.chargeops.pile.simulator.faults.Invariants.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes {@code results.md} and {@code results.json} into the run directory after every scenario. */
final class Report {

    private Report() {
    }

    static void write(CampaignMain.Options o, List<ScenarioResult> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Fault campaign results\n\n");
        md.append(String.format("%d sessions requested per scenario on %d piles x %d guns (AC 7 kW, energy at %.0f x"
                + " real time)%n%n", o.sessions(), o.piles(), o.guns(), o.timeScale()));
        md.append("| scenario | result | invariant | pass | counts | first problems |\n|---|---|---|---|---|---|\n");
        for (ScenarioResult r : results) {
            String result = r.error() != null ? "ERROR" : r.passed() ? "PASS" : "FAIL";
            if (r.verdicts().isEmpty()) {
                md.append("| ").append(r.scenario().id()).append(" | ").append(result).append(" | ")
                        .append(cell(r.error())).append(" | | | |\n");
            }
            for (Verdict v : r.verdicts()) {
                md.append("| ").append(r.scenario().id()).append(" | ").append(result).append(" | ")
                        .append(v.invariant()).append(" | ").append(v.pass() ? "pass" : "**FAIL**").append(" | ")
                        .append(cell(counts(v.counts()))).append(" | ").append(cell(String.join("; ", v.problems())))
                        .append(" |\n");
            }
        }
        md.append("\n## Facts per scenario\n\n");
        for (ScenarioResult r : results) {
            md.append("- **").append(r.scenario().id()).append("**: ").append(counts(r.facts()));
            if (r.error() != null) {
                md.append(" — error: ").append(r.error());
            }
            md.append('\n');
        }
        Files.writeString(o.run().resolve("results.md"), md);

        StringBuilder js = new StringBuilder("{\"sessions\":").append(o.sessions()).append(",\"piles\":")
                .append(o.piles()).append(",\"guns\":").append(o.guns()).append(",\"scenarios\":[");
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult r = results.get(i);
            js.append(i == 0 ? "" : ",").append("{\"id\":").append(str(r.scenario().id())).append(",\"passed\":")
                    .append(r.passed()).append(",\"error\":").append(r.error() == null ? "null" : str(r.error()))
                    .append(",\"facts\":").append(map(r.facts())).append(",\"invariants\":[");
            for (int k = 0; k < r.verdicts().size(); k++) {
                Verdict v = r.verdicts().get(k);
                js.append(k == 0 ? "" : ",").append("{\"invariant\":").append(str(v.invariant())).append(",\"pass\":")
                        .append(v.pass()).append(",\"counts\":").append(map(v.counts())).append(",\"problems\":[");
                for (int p = 0; p < v.problems().size(); p++) {
                    js.append(p == 0 ? "" : ",").append(str(v.problems().get(p)));
                }
                js.append("]}");
            }
            js.append("]}");
        }
        js.append("]}\n");
        Files.writeString(o.run().resolve("results.json"), js);
    }

    private static String counts(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String map(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() == 1 ? "" : ",").append(str(k)).append(':')
                .append(v instanceof Number || v instanceof Boolean ? v.toString() : str(String.valueOf(v))));
        return b.append('}').toString();
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
