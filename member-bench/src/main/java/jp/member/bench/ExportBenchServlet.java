package jp.member.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportDownload;
import jp.member.exports.boundary.ExportDownloads;
import jp.member.exports.boundary.ExportPreview;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.boundary.ExportSummary;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.validation.Prefecture;
import jp.member.shared.CsvCells;

/**
 * Issue 6's export inside the server, through the application's own path — a manager requests every column of all
 * active members, a second manager approves, the background generation runs, the requester downloads — and, in the
 * same server, the same rows streamed with plain JDBC to a plain CSV file (same cells opened, same formula-safe CSV),
 * the floor. The heap is read around the generation. Benchmark WAR only.
 *
 * <p>POST /bench/export with username, password and {@code job}:
 *
 * <ul>
 *   <li>{@code request} (requester): preview, then request; answers {@code ref matched}
 *   <li>{@code approve&ref=…} (the other manager): full collection, heap reading, pool peaks reset, approve; answers
 *       {@code approvedNanos heapBefore heapMax}
 *   <li>{@code watch&ref=…} (requester): polls the status every 200 ms, samples the heap every 50 ms, until the export
 *       is ready or failed (or stalled: no progress for two minutes); answers {@code doneNanos status rows peakSampled peakPools peakAfterCollection
 *       collections heapAfter heapAfterFullCollection}
 *   <li>{@code download&ref=…} (requester): one download to a counting, hashing sink; answers {@code bytes nanos
 *       sha256}
 *   <li>{@code raw&file=…}: the plain JDBC export to {@code file}; answers {@code rows nanos bytes sha256}
 * </ul>
 */
@WebServlet("/bench/export")
@ServletSecurity(@HttpConstraint)
public class ExportBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long STATUS_EVERY_NANOS = 200_000_000L;
    private static final long HEAP_EVERY_MILLIS = 50;
    private static final long STALLED_NANOS = 120_000_000_000L;

    @Inject
    SecurityContext security;

    @Inject
    ExportRequests requests;

    @Inject
    ExportApprovals approvals;

    @Inject
    ExportDownloads downloads;

    @Inject
    PersonalDataVault vault;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BenchSignIn.signIn(security, request, response)) {
            return;
        }
        String ref = request.getParameter("ref");
        String answer;
        try {
            answer = switch (request.getParameter("job")) {
                case "request" -> request();
                case "approve" -> approve(ref);
                case "watch" -> watch(ref);
                case "download" -> download(ref);
                case "raw" -> raw(Path.of(request.getParameter("file")));
                default -> throw new IllegalArgumentException("unknown job");
            };
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("export benchmark failed", e);
        }
        response.setContentType("text/plain");
        response.getWriter().println(answer);
    }

    /** Every column of every active member, for analysis inside the company. */
    static ExportDraft draft() {
        Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
        for (ExportColumn column : ExportColumn.values()) {
            if (column.isPersonal()) {
                reasons.put(column, "benchmark of the export path (synthetic members)");
            }
        }
        return new ExportDraft(
                PurposeCategory.ANALYSIS,
                "Benchmark: export of all active members",
                RecipientKind.INTERNAL,
                "Benchmark",
                ConsentBasis.MEMBER_CONSENT,
                ExportFilter.activeMembers(),
                Arrays.asList(ExportColumn.values()),
                reasons,
                false,
                false);
    }

    private String request() {
        ExportDraft draft = draft();
        ExportPreview preview = requests.preview(draft);
        String ref = requests.request(draft);
        return ref + " " + preview.matched();
    }

    private String approve(String ref) {
        long before = ServerHeap.usedAfterFullCollection();
        ServerHeap.resetPeaks();
        approvals.approve(ref, "benchmark");
        long approved = System.nanoTime();
        return approved + " " + before + " " + ServerHeap.max();
    }

    private String watch(String ref) throws InterruptedException {
        ServerHeap.Watch heap = new ServerHeap.Watch();
        long nextStatus = 0;
        long lastRows = -1;
        long lastChange = System.nanoTime();
        ExportSummary summary;
        String outcome;
        while (true) {
            heap.sample();
            long now = System.nanoTime();
            if (now >= nextStatus) {
                summary = requests.status(ref);
                if (summary.status() == ExportStatus.READY || summary.status() == ExportStatus.FAILED) {
                    outcome = summary.status().name();
                    break;
                }
                if (summary.rowsWritten() != lastRows) {
                    lastRows = summary.rowsWritten();
                    lastChange = now;
                } else if (now - lastChange > STALLED_NANOS) {
                    // progress is committed every 10,000 rows: a generation that says nothing this long has died
                    outcome = "STALLED";
                    break;
                }
                nextStatus = now + STATUS_EVERY_NANOS;
            }
            Thread.sleep(HEAP_EVERY_MILLIS);
        }
        long done = System.nanoTime();
        heap.sample();
        long peakPools = ServerHeap.poolPeaks();
        long after = ServerHeap.used();
        long afterFull = ServerHeap.usedAfterFullCollection();
        return String.join(
                " ",
                String.valueOf(done),
                outcome,
                String.valueOf(summary.rowsWritten()),
                String.valueOf(heap.peakUsed()),
                String.valueOf(peakPools),
                String.valueOf(heap.peakAfterCollection()),
                String.valueOf(heap.collections()),
                String.valueOf(after),
                String.valueOf(afterFull));
    }

    private String download(String ref) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Counting sink = new Counting();
        long start = System.nanoTime();
        ExportDownload file = downloads.download(ref);
        try (OutputStream out = new DigestOutputStream(sink, sha)) {
            file.writeTo(out);
        }
        long nanos = System.nanoTime() - start;
        return sink.bytes + " " + nanos + " " + HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The floor: the same rows in the same order with a plain streaming cursor, the same personal columns opened by
     * the same vault, formula-safe CSV to a plain file — no export record, no member list, no file encryption.
     */
    private String raw(Path file) throws SQLException, IOException, NoSuchAlgorithmException {
        List<ExportColumn> columns = List.of(ExportColumn.values());
        StringBuilder sql = new StringBuilder("SELECT m.id, m.data_ref");
        for (ExportColumn column : columns) {
            sql.append(", ").append(expression(column));
        }
        sql.append(" FROM member m LEFT JOIN point_account a ON a.member_id = m.id WHERE m.status = ? ORDER BY m.id");
        String[] cells = new String[columns.size()];
        long rows = 0;
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement =
                        db.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                Writer csv = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            statement.setFetchSize(Integer.MIN_VALUE);
            statement.setString(1, "ACTIVE");
            csv.write(CsvCells.line(columns.stream().map(ExportColumn::key).toArray(String[]::new)));
            csv.write("\r\n");
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String ref = r.getString(2);
                    for (int i = 0; i < cells.length; i++) {
                        ExportColumn column = columns.get(i);
                        int at = 3 + i;
                        if (column.field() != null) {
                            String value = vault.open(r.getBytes(at), column.field(), ref);
                            cells[i] = column == ExportColumn.PREFECTURE && value != null
                                    ? Prefecture.of(value)
                                            .map(Prefecture::japanese)
                                            .orElse(value)
                                    : value;
                        } else if (column.name().startsWith("CONSENT_")) {
                            cells[i] = r.getBoolean(at) ? "1" : "0";
                        } else {
                            cells[i] = r.getString(at);
                        }
                    }
                    csv.write(CsvCells.line(cells));
                    csv.write("\r\n");
                    rows++;
                }
            }
        }
        long nanos = System.nanoTime() - start;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(out);
        }
        long bytes = Files.size(file);
        return String.format(
                Locale.ROOT, "%d %d %d %s", rows, nanos, bytes, HexFormat.of().formatHex(sha.digest()));
    }

    private static String expression(ExportColumn column) {
        if (column.field() != null) {
            return "m." + column.field().column() + "_enc";
        }
        return switch (column) {
            case MEMBER_NUMBER -> "m.member_number";
            case STATUS -> "m.status";
            case RANK -> "m.member_rank";
            case ENROLLED_ON -> "m.enrolled_on";
            case ENROLMENT_CHANNEL -> "m.enrolment_channel";
            case STORE_CODE -> "m.store_code";
            case POINTS_BALANCE -> "COALESCE(a.balance, 0)";
            default -> "m." + column.key(); // the consents
        };
    }

    /** Discards what is written and counts it. */
    private static final class Counting extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
