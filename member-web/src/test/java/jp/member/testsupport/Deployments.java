package jp.member.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import jp.member.demo.DemoStaff;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every integration test deploys: the application's own WAR exactly as the build made it, plus the
 * test support classes, every integration test class (with the deliberately failing page and resource of {@code
 * it.failing}) and AssertJ. One archive for all means one Payara Micro for the whole run ({@code
 * jp.member.arquillian.ReusedMicroContainer}): a class that deployed its own would start a server of its own.
 */
public final class Deployments {

    private Deployments() {}

    /**
     * The application WAR plus what the tests need. The web fragment opens Arquillian's test runner servlet, which the
     * application's constraints would otherwise send to the login page.
     */
    public static WebArchive shared() {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_FRAGMENT), "web-fragment.xml");
        WebArchive war = application();
        return war.addAsWebInfResource(new StringAsset(withRunAsRoleMappings(war)), "glassfish-web.xml")
                .addPackage(Deployments.class.getPackage())
                .addPackages(true, "jp.member.it")
                .addAsWebResource("failing/test-failure.xhtml", "test-failure.xhtml")
                .addAsResource("role-matrix.properties")
                .addAsLibrary(runnerAccess)
                .addAsLibrary(demoData())
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(new StringAsset(RUN_AS_PRINCIPALS), "glassfish-ejb-jar.xml");
    }

    /** The application WAR as built. */
    private static WebArchive application() {
        String war = System.getProperty("member.war");
        if (war == null) {
            throw new IllegalStateException("system property member.war is not set (run through Maven failsafe)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /**
     * The demo data (member-demo), which the production WAR never carries: the tests sign in as the demo staff and
     * use the synthetic members. Its jar as built, or its classes folder packed when run from an IDE.
     */
    private static Archive<?> demoData() {
        File built = jarOf(DemoStaff.class);
        if (built.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, "member-demo.jar")
                    .importDirectory(built)
                    .as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, built);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Payara grants a {@code @RunAs} role only to a principal that an explicit role mapping names, so the test
     * deployment maps each role to a principal and a group of the same name (what the default mapping does for the
     * application's own sign-ins).
     */
    private static String withRunAsRoleMappings(WebArchive war) {
        String descriptor;
        try (var in = war.get("WEB-INF/glassfish-web.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder mappings = new StringBuilder();
        for (String role : jp.member.security.Roles.ALL) {
            mappings.append("<security-role-mapping><role-name>")
                    .append(role)
                    .append("</role-name><principal-name>")
                    .append(role)
                    .append("</principal-name>")
                    .append(
                            role.equals(jp.member.security.Roles.MANAGER)
                                    ? "<principal-name>" + AsOtherManager.NAME + "</principal-name>"
                                    : "")
                    .append("<group-name>")
                    .append(role)
                    .append("</group-name></security-role-mapping>");
        }
        return descriptor.replace("<session-config>", mappings + "<session-config>");
    }

    /** Payara needs a principal for each {@code @RunAs} bean. */
    private static final String RUN_AS_PRINCIPALS = runAsPrincipals();

    private static String runAsPrincipals() {
        StringBuilder xml = new StringBuilder("<glassfish-ejb-jar><enterprise-beans>");
        for (String bean : new String[] {
            "AsAgent:AGENT",
            "AsManager:MANAGER",
            "AsOtherManager:" + AsOtherManager.NAME,
            "AsAuditor:AUDITOR",
            "AsPrivacyOfficer:PRIVACY_OFFICER",
            "AsAdmin:ADMIN",
            "AsPos:POS",
            "AsChannel:CHANNEL",
            "AsMonitor:MONITOR"
        }) {
            String[] parts = bean.split(":");
            xml.append("<ejb><ejb-name>")
                    .append(parts[0])
                    .append("</ejb-name><principal><name>")
                    .append(parts[1])
                    .append("</name></principal></ejb>");
        }
        return xml.append("</enterprise-beans></glassfish-ejb-jar>").toString();
    }

    private static final String RUNNER_FRAGMENT = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian_runner_access</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>Arquillian test runner</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;
}
