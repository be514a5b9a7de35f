package jp.member.web.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.shared.Traces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A file written straight to the response (an export, a reply to a member's request): never held in memory. A write
 * that fails is logged as frames without messages, so nothing of the content reaches the log.
 */
public final class StreamedFile {

    private static final Logger LOG = Logger.getLogger(StreamedFile.class.getName());

    /** What writes the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private StreamedFile() {}

    /** {@code what} names the file in the log line (e.g. "Export download"), never its content. */
    public static StreamedContent of(String fileName, String contentType, Body body, String what) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(contentType)
                .writer(out -> {
                    try {
                        body.writeTo(out);
                    } catch (IOException e) {
                        LOG.log(Level.SEVERE, () -> what + " could not be completed: " + Traces.of(e));
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }
}
