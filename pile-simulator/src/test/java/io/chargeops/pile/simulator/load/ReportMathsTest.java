package io.chargeops.pile.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The report's maths (cost per 1,000 frames, percentiles, the heap fit, combining simulator processes, GC log and
 * JFR parsing) live in {@code bench/report.py}; their unit tests are {@code bench/test_report.py}, run here so that
 * the build runs them with the harness's other tests.
 */
class ReportMathsTest {

    @Test
    void reportMathsPassTheirUnitTests() throws Exception {
        File bench = new File("../bench");
        assertThat(new File(bench, "test_report.py")).exists();
        ProcessBuilder pb = new ProcessBuilder("python3", "-m", "unittest", "-v", "test_report").directory(bench)
                .redirectErrorStream(true);
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ in the source tree
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("OK");
    }
}
