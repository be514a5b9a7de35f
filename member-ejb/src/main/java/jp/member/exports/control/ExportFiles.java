package jp.member.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.FileCipher;
import jp.member.shared.Settings;

/**
 * Where export files live: {@code export.dir} (default {@code ~/member-exports}), one file per export named by its
 * random reference, encrypted with a key of its own ({@link FileCipher}). That key is stored with the request,
 * sealed with the application's data key, so a copied file is unreadable without the key ring. A file is written
 * under a temporary name and renamed when complete: a half-written file never has the name a download opens.
 */
@ApplicationScoped
public class ExportFiles {

    @Inject
    Settings settings;

    @Inject
    DataProtection protection;

    public Path directory() throws IOException {
        Path dir = Path.of(settings.value("export.dir").orElse(System.getProperty("user.home") + "/member-exports"));
        Files.createDirectories(dir);
        return dir;
    }

    public Path file(String ref) throws IOException {
        return directory().resolve(ref + ".csv.enc");
    }

    public Path partFile(String ref) throws IOException {
        return directory().resolve(ref + ".part");
    }

    /** A new, empty file for writing, encrypted with {@code key}. */
    public OutputStream create(Path part, SecretKey key) throws IOException {
        return FileCipher.encrypting(
                Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), key);
    }

    /** The complete file under the name downloads open. */
    public void publish(String ref) throws IOException {
        Files.move(partFile(ref), file(ref), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The plain content of a complete file; fails if it was changed on disk. */
    public InputStream open(String ref, byte[] sealedKey) throws IOException {
        return FileCipher.decrypting(Files.newInputStream(file(ref)), unsealKey(ref, sealedKey));
    }

    public void delete(String ref) throws IOException {
        Files.deleteIfExists(partFile(ref));
        Files.deleteIfExists(file(ref));
    }

    public long size(String ref) throws IOException {
        return Files.size(file(ref));
    }

    public byte[] sealKey(String ref, SecretKey key) {
        return protection.cipher().seal(Base64.getEncoder().encodeToString(key.getEncoded()), keyBinding(ref));
    }

    private SecretKey unsealKey(String ref, byte[] sealedKey) {
        return new SecretKeySpec(
                Base64.getDecoder().decode(protection.cipher().open(sealedKey, keyBinding(ref))), "AES");
    }

    static String keyBinding(String ref) {
        return "export-file|" + ref;
    }
}
