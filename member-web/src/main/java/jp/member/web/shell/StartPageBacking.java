package jp.member.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.staff.boundary.OwnAccount;
import jp.member.staff.boundary.SignInRecord;

/** What every start page shows: the person's own recent sign-ins, so they notice use of the account they did not make. */
@Named
@RequestScoped
public class StartPageBacking {

    private static final int RECENT = 5;

    @Inject
    OwnAccount ownAccount;

    private List<SignInRecord> recentSignIns;

    public List<SignInRecord> getRecentSignIns() {
        if (recentSignIns == null) {
            recentSignIns = ownAccount.recentSignIns(RECENT);
        }
        return recentSignIns;
    }
}
