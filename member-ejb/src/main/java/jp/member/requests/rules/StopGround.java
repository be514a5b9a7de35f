package jp.member.requests.rules;

import java.util.Set;

/**
 * The grounds of an Art. 35 request. Paragraphs (1) and (3) are breaches of the Act; paragraph (5), added in 2022,
 * covers data no longer needed, a reportable leak involving the member, and handling that may harm their rights or
 * legitimate interests.
 */
public enum StopGround {
    /** Used beyond the purpose (Art. 18) — Art. 35(1). */
    BEYOND_PURPOSE("35(1)", false),
    /** Improper use (Art. 19) — Art. 35(1). */
    IMPROPER_USE("35(1)", false),
    /** Improperly acquired (Art. 20) — Art. 35(1). */
    IMPROPER_ACQUISITION("35(1)", false),
    /** Provided to a third party without consent (Art. 27(1)) — Art. 35(3). */
    PROVIDED_WITHOUT_CONSENT("35(3)", true),
    /** Provided to a third party abroad without the Art. 28 conditions — Art. 35(3). */
    FOREIGN_PROVISION("35(3)", true),
    /** The business no longer needs to use the data — Art. 35(5). */
    NO_LONGER_NEEDED("35(5)", null),
    /** A reportable leak (Art. 26(1)) involving the member's data — Art. 35(5). */
    REPORTABLE_LEAK("35(5)", null),
    /** Handling may harm the member's rights or legitimate interests — Art. 35(5). */
    RIGHTS_HARMED("35(5)", null);

    private final String paragraph;
    /** True: only for stopping provision; false: only for stop of use or erasure; null: for both. */
    private final Boolean provisionOnly;

    StopGround(String paragraph, Boolean provisionOnly) {
        this.paragraph = paragraph;
        this.provisionOnly = provisionOnly;
    }

    public String paragraph() {
        return paragraph;
    }

    /** Whether this ground can support a request of {@code kind} (only Art. 35 kinds have grounds). */
    public boolean supports(RequestKind kind) {
        if (!kind.needsGround()) {
            return false;
        }
        boolean provision = kind == RequestKind.STOP_PROVISION;
        return provisionOnly == null || provisionOnly == provision;
    }

    /** The grounds a request of {@code kind} may name, in declaration order. */
    public static Set<StopGround> forKind(RequestKind kind) {
        java.util.EnumSet<StopGround> grounds = java.util.EnumSet.noneOf(StopGround.class);
        for (StopGround g : values()) {
            if (g.supports(kind)) {
                grounds.add(g);
            }
        }
        return grounds;
    }
}
