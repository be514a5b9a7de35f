package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.FileCipher;
import jp.member.shared.Settings;
import jp.member.shared.Traces;

/**
 * Where replies live until they are sent: {@code request.dir} (default {@code ~/member-requests}), one file per
 * request, encrypted with a key of its own that is stored with the request, sealed with the data key. Written under a
 * temporary name and renamed when complete; deleted once the request is closed.
 */
@ApplicationScoped
public class ReplyFiles {

    private static final Logger LOG = Logger.getLogger(ReplyFiles.class.getName());

    @Inject
    Settings settings;

    @Inject
    DataProtection protection;

    Path directory() throws IOException {
        Path dir = Path.of(settings.value("request.dir").orElse(System.getProperty("user.home") + "/member-requests"));
        Files.createDirectories(dir);
        return dir;
    }

    Path file(String ref) throws IOException {
        return directory().resolve(ref + ".html.enc");
    }

    Path partFile(String ref) throws IOException {
        return directory().resolve(ref + ".part");
    }

    OutputStream create(String ref, SecretKey key) throws IOException {
        Files.deleteIfExists(partFile(ref));
        return FileCipher.encrypting(
                Files.newOutputStream(partFile(ref), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), key);
    }

    long publish(String ref) throws IOException {
        Files.move(partFile(ref), file(ref), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(file(ref));
    }

    /** The plain reply; fails if the file was changed on disk. */
    public InputStream open(String ref, byte[] sealedKey) throws IOException {
        return FileCipher.decrypting(Files.newInputStream(file(ref)), unsealKey(ref, sealedKey));
    }

    void discard(String ref) {
        try {
            Files.deleteIfExists(partFile(ref));
            Files.deleteIfExists(file(ref));
        } catch (IOException e) {
            LOG.log(
                    Level.SEVERE,
                    () -> "Reply file of " + ref + " could not be deleted; delete it by hand: " + Traces.of(e));
        }
    }

    void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplySent sent) {
        discard(sent.ref());
    }

    byte[] sealKey(String ref, SecretKey key) {
        return protection.cipher().seal(Base64.getEncoder().encodeToString(key.getEncoded()), keyBinding(ref));
    }

    private SecretKey unsealKey(String ref, byte[] sealedKey) {
        return new SecretKeySpec(
                Base64.getDecoder().decode(protection.cipher().open(sealedKey, keyBinding(ref))), "AES");
    }

    public static String keyBinding(String ref) {
        return "request-reply|" + ref;
    }

    public static String passwordBinding(String ref) {
        return "request-zip|" + ref;
    }
}
