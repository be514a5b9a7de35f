package jp.member.security.crypto;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * A ZIP of one entry encrypted with AES-256 (WinZip AE-2, which Windows' Explorer, 7-Zip and macOS' Archive Utility
 * open), written as it streams: the form in which personal data leaves the application as a file (exports, replies to
 * members' requests). The password goes by another route.
 */
public final class AesZip {

    private AesZip() {}

    /** Writes {@code content} as the entry {@code entryName}; {@code out} stays open for its owner to close. */
    public static void write(InputStream content, String entryName, String password, OutputStream out)
            throws IOException {
        ZipParameters entry = new ZipParameters();
        entry.setFileNameInZip(entryName);
        entry.setCompressionMethod(CompressionMethod.DEFLATE);
        entry.setEncryptFiles(true);
        entry.setEncryptionMethod(EncryptionMethod.AES);
        entry.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        // the response stays open for the container to finish
        OutputStream kept = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        try (ZipOutputStream zip = new ZipOutputStream(kept, password.toCharArray())) {
            zip.putNextEntry(entry);
            content.transferTo(zip);
            zip.closeEntry();
        }
    }
}
