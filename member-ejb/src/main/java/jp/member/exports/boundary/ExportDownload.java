package jp.member.exports.boundary;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One counted download, ready to be written to the response: a name the server chose, its content type, and the
 * content, decrypted (or zipped with the password) while it is written. Nothing is held in memory.
 */
public interface ExportDownload {

    String fileName();

    String contentType();

    void writeTo(OutputStream out) throws IOException;
}
