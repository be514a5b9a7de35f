package jp.member.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What this application is made of: its version and build time, and the software bill of materials (CycloneDX) the
 * build wrote into it — every library it ships, with version and licence. Read once; shown to administrators and
 * served to monitoring tools, so that a vulnerable component can be found in minutes.
 */
@ApplicationScoped
public class SoftwareInventory {

    static final String BOM = "/META-INF/sbom/bom.json";
    static final String BUILD = "/jp/member/web/build/build.properties";

    /** One component of the application. */
    public record Component(String group, String name, String version, String licences, String purl) {}

    private byte[] bom;
    private List<Component> components;
    private String version;
    private String built;

    @PostConstruct
    void read() {
        Properties build = new Properties();
        try (InputStream in = resource(BUILD)) {
            if (in != null) {
                build.load(in);
            }
            try (InputStream sbom = resource(BOM)) {
                bom = sbom == null ? null : sbom.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = build.getProperty("version", "?");
        built = build.getProperty("built", "?");
        components = bom == null ? List.of() : components(bom);
    }

    /** The SBOM as the build wrote it (CycloneDX JSON), or empty when this build has none (the demo run). */
    public Optional<byte[]> bom() {
        return Optional.ofNullable(bom).map(byte[]::clone);
    }

    public List<Component> components() {
        return components;
    }

    public String version() {
        return version;
    }

    public String built() {
        return built;
    }

    private static List<Component> components(byte[] bom) {
        try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(bom))) {
            JsonArray all = reader.readObject().getJsonArray("components");
            List<Component> list = new ArrayList<>();
            for (JsonValue value : all == null ? List.<JsonValue>of() : all) {
                JsonObject c = value.asJsonObject();
                list.add(new Component(
                        c.getString("group", ""),
                        c.getString("name", ""),
                        c.getString("version", ""),
                        licences(c.getJsonArray("licenses")),
                        c.getString("purl", "")));
            }
            list.sort(Comparator.comparing(Component::group).thenComparing(Component::name));
            return List.copyOf(list);
        }
    }

    private static String licences(JsonArray licences) {
        if (licences == null) {
            return "";
        }
        return licences.stream()
                .map(JsonValue::asJsonObject)
                .map(l -> l.containsKey("license") ? l.getJsonObject("license") : l)
                .map(l -> l.getString("id", l.getString("name", l.getString("expression", ""))))
                .filter(s -> !s.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static InputStream resource(String name) {
        return SoftwareInventory.class.getResourceAsStream(name);
    }
}
