package jp.member.web.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import jp.member.points.rules.LedgerReason;
import jp.member.web.shell.CodeLabels;
import jp.member.web.shell.Messages;

/** How a ledger entry's reason reads in the history, in the viewer's language. */
@Named
@ApplicationScoped
public class PointsTexts {

    /** The application's own reasons ({@code purchase}) by their labels; what staff typed, as typed. */
    public String reason(String stored) {
        return reason(Messages.bundle(), stored);
    }

    static String reason(ResourceBundle bundle, String stored) {
        return LedgerReason.read(stored)
                .map(read -> CodeLabels.of(
                        bundle, "points.ledgerReason.", read.reason().name(), read.detail()))
                .orElse(stored == null ? "" : stored);
    }
}
