package jp.member.requests.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the requester was confirmed to be the member or their agent (本人確認, Art. 37(1) and Cabinet Order Art. 12).
 * The methods must be published (Art. 32) and must not be excessive (Art. 37(4)). Disclosing to an impostor is itself
 * a leak, so nothing is produced before one of these is recorded.
 */
public enum IdentityMethod {
    /** On an inquiry: the agent matched the caller against the registered details (the identity check). */
    REGISTERED_DETAILS,
    /** In person: a photo identity document (driving licence, My Number card, passport) shown at the counter. */
    PHOTO_ID,
    /** By post: a copy of an identity document, and the reply goes to the registered address only. */
    ID_DOCUMENT_COPY,
    /** An authorised agent: a power of attorney (委任状) with the member's seal certificate, and the agent's ID. */
    POWER_OF_ATTORNEY,
    /** A legal representative: a family register extract or guardianship certificate, and the representative's ID. */
    LEGAL_REPRESENTATION;

    /** The methods that can confirm this requester through this channel. */
    public static Set<IdentityMethod> acceptable(Requester requester, RequestChannel channel) {
        if (requester == null || channel == null) {
            return EnumSet.noneOf(IdentityMethod.class);
        }
        return switch (requester) {
            case MEMBER ->
                switch (channel) {
                    case INQUIRY -> EnumSet.of(REGISTERED_DETAILS, ID_DOCUMENT_COPY);
                    case POST -> EnumSet.of(ID_DOCUMENT_COPY);
                    case COUNTER -> EnumSet.of(PHOTO_ID);
                };
            case AUTHORISED_AGENT -> EnumSet.of(POWER_OF_ATTORNEY);
            case LEGAL_REPRESENTATIVE -> EnumSet.of(LEGAL_REPRESENTATION);
        };
    }
}
