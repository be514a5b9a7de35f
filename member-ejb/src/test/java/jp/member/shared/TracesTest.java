package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TracesTest {

    private static final String CANARY = "カナリア 090-1111-2222 canary@example.jp";

    @Test
    @DisplayName("the classes and frames of an exception and its causes are kept, no message of any of them")
    void framesWithoutMessages() {
        Exception failure = wrapped();

        String trace = Traces.of(failure);

        assertThat(trace)
                .startsWith(
                        "java.lang.IllegalStateException\n\tat jp.member.shared.TracesTest.wrapped(TracesTest.java:")
                .contains("Caused by: java.io.UncheckedIOException")
                .contains(
                        "Caused by: java.io.IOException\n\tat jp.member.shared.TracesTest.failingRead(TracesTest.java:")
                .contains("Suppressed: java.sql.SQLIntegrityConstraintViolationException")
                .doesNotContain("カナリア", "090-1111-2222", "canary@example.jp", "could not store", "no such file");
    }

    @Test
    @DisplayName("a long stack is cut after 40 frames with the rest counted; a cause cycle ends")
    void longAndCircular() {
        RuntimeException deep = deep(60);
        RuntimeException a = new RuntimeException(CANARY);
        RuntimeException b = new RuntimeException(CANARY, a);
        a.initCause(b);

        String deepTrace = Traces.of(deep);
        String circular = Traces.of(b);

        assertThat(deepTrace.lines().filter(l -> l.startsWith("\tat ")).count()).isEqualTo(Traces.FRAMES);
        assertThat(deepTrace).containsPattern("\t\\.\\.\\. \\d+ more");
        assertThat(circular)
                .contains("[circular reference] java.lang.RuntimeException")
                .doesNotContain(CANARY);
    }

    private static Exception wrapped() {
        try {
            failingRead();
            return null;
        } catch (IOException e) {
            IllegalStateException outer = new IllegalStateException(
                    "could not store " + CANARY, new UncheckedIOException("read " + CANARY, e));
            outer.addSuppressed(new SQLIntegrityConstraintViolationException("Duplicate entry '" + CANARY + "'"));
            return outer;
        }
    }

    private static void failingRead() throws IOException {
        throw new IOException("no such file: " + CANARY);
    }

    private static RuntimeException deep(int depth) {
        return depth == 0 ? new RuntimeException(CANARY) : deep(depth - 1);
    }
}
