package jp.member.staff.control;

import java.util.Set;

/**
 * What the directory said about a person. Every kind but {@link Kind#ACTIVE} keeps them out; the sign-in page shows
 * the same message for all of them, and the kind is never shown to anyone.
 */
public record DirectoryAnswer(Kind kind, String displayName, Set<String> roles) {

    public enum Kind {
        /** Found once, enabled, in at least one mapped group (and, at sign-in, the password bound). */
        ACTIVE,
        /** No entry, or more than one, matches the name. */
        UNKNOWN,
        /** The directory refused the bind. */
        WRONG_PASSWORD,
        /** The account is disabled or locked in the directory. */
        DISABLED,
        /** In no group the configuration maps to a role. */
        NO_MAPPED_GROUP,
        /** The directory could not be asked (down, unreachable, TLS or service-account failure). */
        UNAVAILABLE
    }

    public DirectoryAnswer {
        roles = Set.copyOf(roles);
    }

    static DirectoryAnswer active(String displayName, Set<String> roles) {
        return new DirectoryAnswer(Kind.ACTIVE, displayName, roles);
    }

    static DirectoryAnswer refused(Kind kind) {
        return new DirectoryAnswer(kind, null, Set.of());
    }

    public boolean isActive() {
        return kind == Kind.ACTIVE;
    }
}
