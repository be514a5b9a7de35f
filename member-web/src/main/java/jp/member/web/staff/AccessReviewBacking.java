package jp.member.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.staff.boundary.AccessReview;

/** The manager's access review: every account, its roles, last sign-in, attestation and recent reads. */
@Named
@RequestScoped
public class AccessReviewBacking {

    @Inject
    AccessReview review;

    private List<AccessReview.Line> lines;

    public List<AccessReview.Line> getLines() {
        if (lines == null) {
            lines = review.report();
        }
        return lines;
    }
}
