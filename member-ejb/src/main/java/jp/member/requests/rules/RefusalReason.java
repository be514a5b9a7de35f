package jp.member.requests.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a request is refused in whole or in part (Art. 33(2)(3), 34(2), 35(2)(4)(6)); the text told to the member
 * (Art. 36) is written with it.
 */
public enum RefusalReason {
    /** The requester could not be confirmed as the member or their agent. */
    IDENTITY_NOT_CONFIRMED,
    /** Disclosure would harm the life, body, property or other rights of the member or a third party (33(2)(i)). */
    HARM_TO_PERSON,
    /** Disclosure would seriously hinder the business (33(2)(ii)). */
    BUSINESS_HINDRANCE,
    /** Disclosure would breach another law (33(2)(iii)). */
    OTHER_LAW,
    /** No such data, or no such record, is held (33(3)). */
    NOT_HELD,
    /** Investigated: the data is true (34). */
    DATA_IS_TRUE,
    /** The ground named does not apply (35). */
    NO_GROUND,
    /** Records the law obliges us to keep (the points ledger for accounting, the provision records, Art. 29). */
    LEGAL_RETENTION,
    /** Compliance is very costly or difficult; a substitute measure protects the member instead (35(2)(4)(6)). */
    SUBSTITUTE_MEASURE;

    /** The reasons that can answer a request of {@code kind}. */
    public static Set<RefusalReason> forKind(RequestKind kind) {
        EnumSet<RefusalReason> reasons = EnumSet.of(IDENTITY_NOT_CONFIRMED, NOT_HELD);
        switch (kind) {
            case PURPOSE_NOTICE, DISCLOSURE, PROVISION_RECORDS ->
                reasons.addAll(EnumSet.of(HARM_TO_PERSON, BUSINESS_HINDRANCE, OTHER_LAW));
            case CORRECTION -> reasons.add(DATA_IS_TRUE);
            case STOP_USE, ERASURE, STOP_PROVISION ->
                reasons.addAll(EnumSet.of(NO_GROUND, LEGAL_RETENTION, SUBSTITUTE_MEASURE));
        }
        return reasons;
    }
}
