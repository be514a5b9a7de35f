package jp.member.requests.boundary;

import java.io.IOException;
import java.io.OutputStream;

/** The reply to a request, opened for download or printing: written straight to the response, never kept in memory. */
public interface ReplyFile {

    String fileName();

    String contentType();

    /** Whether the browser shows it (the printable letter) rather than saving it (the encrypted ZIP). */
    boolean inline();

    void writeTo(OutputStream out) throws IOException;
}
