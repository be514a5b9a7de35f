package jp.member.web.exports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.exports.boundary.ExportDownload;
import jp.member.exports.boundary.ExportDownloads;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.boundary.ExportSummary;
import jp.member.exports.entity.ExportStatus;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Formats;
import jp.member.web.shell.Messages;
import jp.member.web.shell.StreamedFile;
import org.primefaces.model.StreamedContent;

/**
 * The requester's own exports: status and progress (refreshed while one is being generated), the download (a POST,
 * counted by the service before a byte is sent), the ZIP password once (in a dialog, with a copy button), and
 * withdrawing an undecided request.
 */
@Named
@ViewScoped
public class MyExportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportRequests requests;

    @Inject
    ExportDownloads downloads;

    @Inject
    Formats formats;

    private List<ExportSummary> mine;
    private ShownPassword password;

    /** The ZIP password on its one showing, with the request it opens (when it was asked for, what for). */
    public record ShownPassword(String holder, String secret) implements Serializable {

        @Override
        public String toString() {
            return "ShownPassword[holder=" + holder + ", secret=***]";
        }
    }

    public void refresh() {
        mine = null;
    }

    public StreamedContent download(String ref) {
        try {
            ExportDownload file = downloads.download(ref);
            mine = null;
            return StreamedFile.of(file.fileName(), file.contentType(), file::writeTo, "Export download");
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public void showPassword(String ref) {
        try {
            String holder = getMine().stream()
                    .filter(e -> e.ref().equals(ref))
                    .findFirst()
                    .map(e ->
                            formats.dateTime(e.requestedAt()) + " " + Messages.text("export.category." + e.category()))
                    .orElse("");
            password = new ShownPassword(holder, downloads.revealPassword(ref));
            mine = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** The password dialog closed: the password is gone from the page and from this view for good. */
    public void forgetIssued() {
        password = null;
    }

    public void withdraw(String ref) {
        Messages.attempt(() -> requests.withdraw(ref), "export.withdrawn");
        mine = null;
    }

    public List<ExportSummary> getMine() {
        if (mine == null) {
            mine = requests.mine();
        }
        return mine;
    }

    /** True while one of the requests is on its way to a file: the page keeps refreshing. */
    public boolean isRunning() {
        return getMine().stream()
                .anyMatch(e -> e.status() == ExportStatus.APPROVED || e.status() == ExportStatus.GENERATING);
    }

    public ShownPassword getPassword() {
        return password;
    }
}
