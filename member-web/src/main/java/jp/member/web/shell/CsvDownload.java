package jp.member.web.shell;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A CSV file for a page's download button: UTF-8 with a byte order mark, which Excel needs to read it as UTF-8. */
public final class CsvDownload {

    private CsvDownload() {}

    public static StreamedContent of(String fileName, String csv) {
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(fileName).contentType("text/csv; charset=UTF-8").stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }
}
