package jp.member.incidents.rules;

import java.util.List;

/**
 * The cause of an incident as the register classes it: 不正アクセス, 誤送付・誤公開, 紛失・盗難, 内部不正, 委託先 and その他.
 * The class chooses the response checklist; the cause in detail is the officer's text.
 */
public enum CauseCategory {
    /** 不正アクセス: access from outside by someone without the right to it (incl. stolen credentials, malware). */
    UNAUTHORISED_ACCESS,
    /** 誤送付・誤公開: sent to the wrong address, or made public by mistake (a misconfigured page or share). */
    MISDELIVERY,
    /** 紛失・盗難: a device, medium or paper lost or stolen. */
    LOSS_OR_THEFT,
    /** 内部不正: a member of staff took or used data against the rules (持ち出し). */
    INSIDER,
    /** 委託先: the event happened at a processor the data was entrusted to. */
    PROCESSOR,
    /** その他: anything else; no checklist template, the officer writes the steps. */
    OTHER;

    private static final List<CauseCategory> WITH_CHECKLIST =
            List.of(UNAUTHORISED_ACCESS, MISDELIVERY, LOSS_OR_THEFT, INSIDER, PROCESSOR);

    /** The causes the response procedure has a checklist template for: all but {@link #OTHER}, in this order. */
    public static List<CauseCategory> withChecklist() {
        return WITH_CHECKLIST;
    }

    /** Whether the response procedure has a checklist template for this cause. */
    public boolean hasChecklist() {
        return WITH_CHECKLIST.contains(this);
    }
}
