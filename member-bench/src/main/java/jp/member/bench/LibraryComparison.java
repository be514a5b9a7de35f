package jp.member.bench;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKey;
import jp.member.demo.MemberCsv;
import jp.member.demo.SyntheticMembers;
import jp.member.members.control.CsvReader;
import jp.member.security.crypto.SegmentedCipher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Issue 12's evaluation (decision 0009): the home-made segmented AES-GCM file encryption ({@link SegmentedCipher},
 * format 1) next to Tink's streaming AEAD (AES256_GCM_HKDF_1MB — what {@code FileCipher} now writes — and its 4 KB
 * variant), and the import's {@link CsvReader} next to Commons CSV used directly, on the same data in the same JVM,
 * rounds interleaved so that a machine's drift hits both alike. No database: these are the parts an export and an
 * import spend their CPU on besides it. (The CSV figures in the decision were taken with the hand-written reader,
 * before {@link CsvReader} became an adapter over Commons CSV; now the line shows what the adapter costs.)
 *
 * <p>{@code mvn -Pbench-libs -pl member-bench -am verify}; {@code -Dbench.libs.mb=} the plaintext size (default 256),
 * {@code -Dbench.libs.rows=} the CSV rows (default 300000).
 */
public final class LibraryComparison {

    private static final int ROUNDS = 5;
    private static final byte[] NO_ASSOCIATED_DATA = new byte[0];

    private LibraryComparison() {}

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.getInteger("bench.libs.mb", 256);
        int rows = Integer.getInteger("bench.libs.rows", 300_000);
        String csv = memberCsv(rows);
        byte[] plain = repeat(csv.getBytes(StandardCharsets.UTF_8), megabytes * 1024 * 1024);

        StreamingAeadConfig.register();
        StreamingAead tink1mb = streaming("AES256_GCM_HKDF_1MB");
        StreamingAead tink4kb = streaming("AES256_GCM_HKDF_4KB");
        SecretKey key = SegmentedCipher.newKey();

        System.out.printf(
                Locale.ROOT,
                "plaintext %d MB of member CSV; %d CSV rows (%d MB)%n",
                megabytes,
                rows,
                csv.length() >> 20);
        double[] own = new double[2];
        double[] t1 = new double[2];
        double[] t4 = new double[2];
        double ownCsv = 0;
        double commonsCsv = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            boolean warmUp = round == 0;
            double[] a = ownCipher(plain, key);
            double[] b = tink(plain, tink1mb);
            double[] c = tink(plain, tink4kb);
            double r1 = ownReader(csv, rows);
            double r2 = commonsReader(csv, rows);
            if (!warmUp) {
                for (int i = 0; i < 2; i++) {
                    own[i] += a[i] / ROUNDS;
                    t1[i] += b[i] / ROUNDS;
                    t4[i] += c[i] / ROUNDS;
                }
                ownCsv += r1 / ROUNDS;
                commonsCsv += r2 / ROUNDS;
            }
        }
        System.out.println();
        System.out.println("| what | encrypt MB/s | decrypt MB/s | ratio to SegmentedCipher (enc / dec) |");
        System.out.println("| --- | --- | --- | --- |");
        row("SegmentedCipher (64 KiB segments)", own, own);
        row("Tink AES256_GCM_HKDF_1MB", t1, own);
        row("Tink AES256_GCM_HKDF_4KB", t4, own);
        System.out.println();
        System.out.println("| what | rows/s | ratio to CsvReader |");
        System.out.println("| --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| CsvReader (the import's) | %,.0f | 1.00 |%n", ownCsv);
        System.out.printf(Locale.ROOT, "| Commons CSV (RFC 4180) | %,.0f | %.2f |%n", commonsCsv, commonsCsv / ownCsv);
    }

    private static void row(String what, double[] figures, double[] base) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f | %.2f / %.2f |%n",
                what,
                figures[0],
                figures[1],
                figures[0] / base[0],
                figures[1] / base[1]);
    }

    private static StreamingAead streaming(String template) throws GeneralSecurityException {
        return KeysetHandle.generateNew(KeyTemplates.get(template))
                .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    /** Encrypt and decrypt MB/s, checking the round trip. */
    private static double[] ownCipher(byte[] plain, SecretKey key) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(plain.length + plain.length / 1000 + 64);
        long start = System.nanoTime();
        try (OutputStream out = SegmentedCipher.encrypting(sealed, key)) {
            out.write(plain);
        }
        long encrypted = System.nanoTime();
        long read;
        try (InputStream in = SegmentedCipher.decrypting(new ByteArrayInputStream(sealed.toByteArray()), key)) {
            read = drain(in);
        }
        return rates(plain.length, read, start, encrypted, System.nanoTime());
    }

    private static double[] tink(byte[] plain, StreamingAead aead) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(plain.length + plain.length / 1000 + 64);
        long start = System.nanoTime();
        try (OutputStream out = aead.newEncryptingStream(sealed, NO_ASSOCIATED_DATA)) {
            out.write(plain);
        }
        long encrypted = System.nanoTime();
        long read;
        try (InputStream in =
                aead.newDecryptingStream(new ByteArrayInputStream(sealed.toByteArray()), NO_ASSOCIATED_DATA)) {
            read = drain(in);
        }
        return rates(plain.length, read, start, encrypted, System.nanoTime());
    }

    private static double[] rates(long length, long read, long start, long encrypted, long decrypted) {
        if (read != length) {
            throw new IllegalStateException("round trip lost bytes: " + read + " of " + length);
        }
        double mb = length / 1_048_576d;
        return new double[] {mb / ((encrypted - start) / 1e9), mb / ((decrypted - encrypted) / 1e9)};
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }

    /** Records a second with the home-made reader, checking it read them all. */
    private static double ownReader(String csv, int rows) throws IOException {
        long start = System.nanoTime();
        CsvReader reader = new CsvReader(new StringReader(csv));
        long records = 0;
        long fields = 0;
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records++;
            fields += record.size();
        }
        return perSecond(records, fields, rows, start);
    }

    private static double commonsReader(String csv, int rows) throws IOException {
        long start = System.nanoTime();
        long records = 0;
        long fields = 0;
        try (Reader in = new StringReader(csv);
                CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            for (CSVRecord record : parser) {
                records++;
                fields += record.size();
            }
        }
        return perSecond(records, fields, rows, start);
    }

    private static double perSecond(long records, long fields, int rows, long start) {
        if (records != rows + 1 || fields == 0) {
            throw new IllegalStateException("read " + records + " records of " + (rows + 1));
        }
        return records / ((System.nanoTime() - start) / 1e9);
    }

    private static String memberCsv(int rows) throws IOException {
        StringWriter out = new StringWriter();
        MemberCsv.write(out, new SyntheticMembers(20261203L, LocalDate.of(2026, 12, 3)), rows);
        return out.toString();
    }

    private static byte[] repeat(byte[] unit, int length) {
        byte[] all = new byte[length];
        for (int at = 0; at < length; at += unit.length) {
            System.arraycopy(unit, 0, all, at, Math.min(unit.length, length - at));
        }
        return all;
    }
}
