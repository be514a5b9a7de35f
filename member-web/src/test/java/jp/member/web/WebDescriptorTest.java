package jp.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.member.security.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The deployment descriptors keep the settings the security scorecard depends on. */
class WebDescriptorTest {

    private static Document web;
    private static Document glassfish;
    private static final Map<String, String> CONTEXT = new HashMap<>();

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        web = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        glassfish = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/glassfish-web.xml").toFile());
        NodeList params = web.getElementsByTagName("context-param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            CONTEXT.put(text(param, "param-name"), text(param, "param-value"));
        }
    }

    @Test
    @DisplayName("Faces runs in Production stage with server-side state (ASVS 13.4.2, 1.5.2)")
    void facesSettings() {
        assertThat(CONTEXT)
                .containsEntry("jakarta.faces.PROJECT_STAGE", "Production")
                .containsEntry("jakarta.faces.STATE_SAVING_METHOD", "server");
    }

    @Test
    @DisplayName("sessions: 15-minute idle timeout, cookie only, HttpOnly, SameSite=Strict (ASVS 7.3.1, 3.3)")
    void sessionSettings() {
        assertThat(text(web.getDocumentElement(), "session-timeout")).isEqualTo("15");
        assertThat(text(web.getDocumentElement(), "tracking-mode")).isEqualTo("COOKIE");
        assertThat(text(web.getDocumentElement(), "http-only")).isEqualTo("true");
        NodeList properties = glassfish.getElementsByTagName("property");
        Map<String, String> cookie = new HashMap<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            cookie.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertThat(cookie).containsEntry("cookieSameSite", "Strict").containsEntry("cookieHttpOnly", "true");
    }

    @Test
    @DisplayName("the application is distributable: sessions and views fail over to another instance of a cluster")
    void distributable() {
        assertThat(web.getElementsByTagName("distributable").getLength()).isEqualTo(1);
    }

    @Test
    @DisplayName("the CSP forbids plugins, base and framing, and ends with script-src so PrimeFaces' nonce lands there")
    void contentSecurityPolicy() {
        assertThat(CONTEXT).containsEntry("primefaces.CSP", "true");
        String policy = CONTEXT.get("primefaces.CSP_POLICY");
        assertThat(policy)
                .contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                .endsWith("script-src 'self'")
                .doesNotContain("unsafe-eval")
                .doesNotContainPattern("script-src[^;]*unsafe-inline");
    }

    @Test
    @DisplayName("web.xml declares exactly the application's roles")
    void declaredRoles() {
        NodeList roles = web.getElementsByTagName("security-role");
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < roles.getLength(); i++) {
            declared.add(text((Element) roles.item(i), "role-name"));
        }
        assertThat(declared).isEqualTo(Roles.ALL);
    }

    @Test
    @DisplayName("uncovered HTTP methods are denied and every failure ends on the generic error page")
    void failuresAreContained() {
        assertThat(web.getElementsByTagName("deny-uncovered-http-methods").getLength())
                .isEqualTo(1);
        NodeList pages = web.getElementsByTagName("error-page");
        Set<String> handled = new HashSet<>();
        for (int i = 0; i < pages.getLength(); i++) {
            Element page = (Element) pages.item(i);
            assertThat(text(page, "location")).isEqualTo("/error");
            handled.add(
                    page.getElementsByTagName("exception-type").getLength() > 0
                            ? text(page, "exception-type")
                            : text(page, "error-code"));
        }
        assertThat(handled).contains("java.lang.Throwable", "403", "404", "500");
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
