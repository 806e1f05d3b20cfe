package io.chargeops.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One WAR has one web.xml, so the Micro WAR repeats the console's settings; this keeps the two shapes from
 * drifting apart (a security constraint present in one and missing in the other would be a hole).
 */
class WebDescriptorsTest {

    private static final List<String> CONSOLE_ELEMENTS =
            List.of("context-param", "servlet", "welcome-file-list", "session-config", "security-constraint");

    @Test
    void microRepeatsEveryConsoleSettingOfTheEarShape() throws Exception {
        Document console = parse(Path.of("../web-admin-jsf/src/main/webapp/WEB-INF/web.xml"));
        Document micro = parse(Path.of("src/main/webapp/WEB-INF/web.xml"));

        for (String element : CONSOLE_ELEMENTS) {
            assertThat(texts(micro, element)).as(element).containsAll(texts(console, element));
        }
    }

    @Test
    void restApplicationIsMappedUnderApiInMicroAndAtTheRootOfItsOwnWar() throws Exception {
        Document micro = parse(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Document rest = parse(Path.of("../rest-api/src/main/webapp/WEB-INF/web.xml"));

        assertThat(texts(micro, "servlet-mapping")).anySatisfy(m -> assertThat(m).contains("io.chargeops.api.RestApplication/api/*"));
        assertThat(texts(rest, "servlet-mapping")).anySatisfy(m -> assertThat(m).contains("io.chargeops.api.RestApplication/*"));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setIgnoringComments(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Each top-level element of that name as whitespace-free text, for comparison. */
    private static List<String> texts(Document document, String name) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                texts.add(element.getTextContent().replaceAll("\\s+", ""));
            }
        }
        return texts;
    }
}
