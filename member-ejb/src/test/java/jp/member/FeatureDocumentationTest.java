package jp.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeatureDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/member");

    @Test
    @DisplayName("every feature package says in its package-info.java what it owns and what it may use")
    void everyFeatureDocumented() throws IOException {
        List<Path> features;
        try (Stream<Path> children = Files.list(SOURCES)) {
            features = children.filter(Files::isDirectory).toList();
        }

        assertThat(features).hasSizeGreaterThanOrEqualTo(8);
        for (Path feature : features) {
            Path info = feature.resolve("package-info.java");
            assertThat(info)
                    .as(feature.getFileName() + " has a package-info.java")
                    .exists();
            assertThat(Files.readString(info)).as(info.toString()).contains("May use:");
        }
    }
}
