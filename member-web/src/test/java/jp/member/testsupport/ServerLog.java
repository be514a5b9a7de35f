package jp.member.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server log of the test deployment, all its rotated parts (Payara Micro writes name, name.0, name.1, ...).
 * Readable from the test JVM (system property from failsafe) and inside the server (the same as an environment
 * variable).
 */
public final class ServerLog {

    private ServerLog() {}

    public static String read() throws IOException {
        String setting = System.getProperty("member.server.log", System.getenv("MEMBER_SERVER_LOG"));
        if (setting == null) {
            throw new IllegalStateException("member.server.log is not set (run through Maven failsafe)");
        }
        Path file = Path.of(setting);
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(file.getParent())) {
            for (Path part : files.filter(p -> p.getFileName()
                            .toString()
                            .startsWith(file.getFileName().toString()))
                    .sorted()
                    .toList()) {
                all.append(Files.readString(part, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /**
     * Waits until the server has written what it logged so far (its log handler writes from a queue): the log's size
     * unchanged for half a second, at most ten seconds. For checks that something was <em>not</em> logged.
     */
    public static void awaitWritten() throws IOException, InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        long size = read().length();
        int unchanged = 0;
        while (unchanged < 2 && System.nanoTime() < until) {
            Thread.sleep(250);
            long now = read().length();
            unchanged = now == size ? unchanged + 1 : 0;
            size = now;
        }
    }

    /** How often the text occurs in the whole log. */
    public static long occurrences(String text) throws IOException {
        return read().split(java.util.regex.Pattern.quote(text), -1).length - 1L;
    }
}
