package jp.member.web.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.member.exports.boundary.ExportRequests;

/** Whether exports are locked down, read once per request for the banner on the export pages. */
@Named
@RequestScoped
public class ExportLockdownBanner {

    @Inject
    ExportRequests requests;

    private Boolean on;

    public boolean isOn() {
        if (on == null) {
            on = requests.lockedDown();
        }
        return on;
    }
}
