package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A node stopped and started again with the same {@code ./data} keeps everything written: the schema is not
 * migrated twice, the demo seed is not applied twice, and what the first run wrote through JMS into the database
 * is still there.
 */
class RestartIT {

    @Test
    void everythingWrittenSurvivesARestart() throws Exception {
        List<String> before;
        try (MicroNode node = new MicroNode("restart")) {
            node.start();
            before = signInAndReadLog(node, true, 2);
            assertThat(before).anySatisfy(row -> assertThat(row).contains("失败"));
            node.stop();

            node.start();
            System.out.printf("restart boot: %d ms%n", node.lastBootTime().toMillis());
            List<String> after = signInAndReadLog(node, false, before.size() + 1);

            assertThat(after).hasSize(before.size() + 1).containsAll(before);
            String log = Files.readString(node.directory().resolve("chargeops.log"));
            assertThat(log).containsOnlyOnce("applied [V001__core_schema.sql");
            assertThat(log).contains("up to date");
        }
    }

    /** Signs in (after a refused attempt if asked) and returns the sign-in log rows once {@code expectedRows} are there. */
    private static List<String> signInAndReadLog(MicroNode node, boolean refusedFirst, int expectedRows) {
        ChromeDriver browser = Browser.open();
        try {
            ConsolePages console = new ConsolePages(browser, node);
            if (refusedFirst) {
                console.signIn(ConsolePages.DEMO_OPERATOR, "wrong-password");
            }
            console.signInAsDemoOperator();
            return console.signInLogRows(expectedRows);
        } finally {
            browser.quit();
        }
    }
}
