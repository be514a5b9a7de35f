package jp.member.requests.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member asks for (APPI Art. 32–35). Each kind names its article; the fee rule, the grounds and what the reply
 * contains depend on it.
 */
public enum RequestKind {
    /** 利用目的の通知 (Art. 32(2)): the purposes of use of the member's data. A fee may be charged. */
    PURPOSE_NOTICE("32(2)"),
    /** 開示 (Art. 33(1)): everything held about the member, in the form they chose. A fee may be charged. */
    DISCLOSURE("33(1)"),
    /** 第三者提供記録の開示 (Art. 33(5)): the records of provision of their data to third parties. A fee may be charged. */
    PROVISION_RECORDS("33(5)"),
    /** 訂正・追加・削除 (Art. 34): the data is not true. Free. */
    CORRECTION("34"),
    /** 利用停止 (Art. 35(1)(5)). Free. */
    STOP_USE("35(1)(5)"),
    /** 消去 (Art. 35(1)(5)). Free. */
    ERASURE("35(1)(5)"),
    /** 第三者提供の停止 (Art. 35(3)(5)). Free. */
    STOP_PROVISION("35(3)(5)");

    private static final Set<RequestKind> CHARGEABLE = EnumSet.of(PURPOSE_NOTICE, DISCLOSURE, PROVISION_RECORDS);

    private final String article;

    RequestKind(String article) {
        this.article = article;
    }

    /** The article of the Act, e.g. {@code 33(5)}. */
    public String article() {
        return article;
    }

    /** Art. 38: a fee may be charged only for the purpose notice and for disclosure (with provision records). */
    public boolean feeAllowed() {
        return CHARGEABLE.contains(this);
    }

    /** Art. 35 requests name a ground. */
    public boolean needsGround() {
        return this == STOP_USE || this == ERASURE || this == STOP_PROVISION;
    }

    /** A correction names the fields the member says are not true, and the true values. */
    public boolean needsFields() {
        return this == CORRECTION;
    }

    /** The measure an accepted Art. 35 request takes, or null for the other kinds. */
    public Remedy remedy() {
        return switch (this) {
            case STOP_USE -> Remedy.STOP_USE;
            case ERASURE -> Remedy.ERASE;
            case STOP_PROVISION -> Remedy.STOP_PROVISION;
            default -> null;
        };
    }
}
