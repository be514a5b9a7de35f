package jp.member.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pages' input lengths come from {@link InputLimits}: each one a page names exists, and each one is used. */
class InputLimitsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern USE = Pattern.compile("#\\{limits\\.(\\w+)}");

    @Test
    @DisplayName("every #{limits.…} in a page is a property of InputLimits, and every property is used by a page")
    void pagesAndBeanAgree() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = USE.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> properties = Arrays.stream(InputLimits.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getName().startsWith("get") && method.getParameterCount() == 0)
                .filter(method -> method.getReturnType() == int.class)
                .map(Method::getName)
                .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).as("limits the pages use").isNotEmpty().isSubsetOf(properties);
        assertThat(properties).as("limits InputLimits offers").isSubsetOf(used);
    }
}
