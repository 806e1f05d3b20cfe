package io.chargeops.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every console text exists in Chinese (the default) and English, so no screen shows a missing-key marker. */
class TextBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream("/io/chargeops/admin/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("text_zh").keySet()).containsExactlyInAnyOrderElementsOf(bundle("text_en").keySet());
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String language : new String[] {"text_zh", "text_en"}) {
            bundle(language).forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).isNotBlank());
        }
    }
}
