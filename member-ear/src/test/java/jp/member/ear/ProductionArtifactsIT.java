package jp.member.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The artifacts IT deploys carry the product and nothing of the demo: every class and resource of the EAR and of the
 * Micro WAR, nested archives included, is listed, and none lies in the demo package.
 */
class ProductionArtifactsIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"member.ear", "member.war"})
    @DisplayName("the production EAR and WAR hold the business and the pages, and no demo code or demo data")
    void noDemoInside(String property) throws IOException {
        Path artifact = Path.of(System.getProperty(property));
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(artifact)) {
            list(artifact.getFileName().toString(), in, entries);
        }

        assertThat(entries)
                .as("the business and the web tier are there")
                .anyMatch(e -> e.endsWith("jp/member/members/boundary/MemberSearch.class"))
                .anyMatch(e -> e.endsWith("jp/member/web/security/LoginBacking.class"))
                .anyMatch(e -> e.endsWith("jp/member/platform/StaffBootstrap.class"));
        assertThat(entries)
                .as("no demo code, no demo data, no demo jar")
                .noneMatch(e -> e.contains("jp/member/demo/"))
                .noneMatch(e -> e.contains("member-demo"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"member.ear!/lib/", "member.war!/WEB-INF/lib/"})
    @DisplayName("the libraries the business needs at run time travel with it (Tink for export files, Commons CSV, the"
            + " UnboundID LDAP SDK for the directory)")
    void runtimeLibrariesInside(String folder) throws IOException {
        String property = folder.startsWith("member.ear") ? "member.ear" : "member.war";
        Path artifact = Path.of(System.getProperty(property));
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(artifact)) {
            list(artifact.getFileName().toString(), in, entries);
        }

        // the EAR names its libraries with their group (lib/com.google.crypto.tink-tink-1.19.0.jar), the WAR does not
        for (String library :
                List.of("tink-1", "protobuf-java-", "commons-csv-", "zip4j-", "flyway-core-", "unboundid-ldapsdk-")) {
            assertThat(entries)
                    .as(library)
                    .anyMatch(e -> e.startsWith(folder)
                            && e.endsWith(".jar")
                            && e.substring(folder.length()).contains(library));
        }
    }

    /** Every entry, as path inside path; descends into nested jars and wars. */
    private static void list(String where, InputStream archive, List<String> into) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = where + "!/" + entry.getName();
            into.add(name);
            if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
                list(name, new ByteArrayInputStream(zip.readAllBytes()), into);
            }
        }
    }
}
