package io.planextract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a project that depends on plan-extract as a library gets: the schema, and no one else's choices. */
class LibraryPackagingTest {

    /** Logging bindings, the command line's parser and the service's server: the command's business. */
    private static final Set<String> COMMAND_ONLY = Set.of("picocli", "slf4j-nop", "slf4j-simple", "log4j-to-slf4j",
            "log4j-slf4j2-impl", "logback-classic", "jetty-server", "micrometer-registry-prometheus");

    @Test
    void theJsonSchemaShipsInsideTheJarAsPublished() throws Exception {
        try (InputStream in = PlanExtractor.class.getResourceAsStream("plan-extract.schema.json")) {
            assertThat(in).as("io/planextract/plan-extract.schema.json on the class path").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("docs/plan-extract.schema.json")));
        }
    }

    @Test
    void loggingBindingsAndTheCliParserDoNotReachLibraryUsers() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        NodeList dependencies = ((Element) project.getElementsByTagName("dependencies").item(0))
                .getElementsByTagName("dependency");
        List<String> leaking = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            if (d.getParentNode().getParentNode() != project) {
                continue; // dependencyManagement or a profile
            }
            String artifact = text(d, "artifactId");
            boolean hidden = "true".equals(text(d, "optional")) || "test".equals(text(d, "scope"))
                    || "provided".equals(text(d, "scope"));
            if (COMMAND_ONLY.contains(artifact) && !hidden) {
                leaking.add(artifact);
            }
        }
        assertThat(leaking).as("dependencies a library user would inherit").isEmpty();
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
