package jp.member.requests.rules;

/** A part of the reply sent to the member, in the order it is printed. */
public enum PackageSection {
    /** The covering letter: who asked, what, when, the decision and how to ask again (always). */
    COVERING_LETTER(false),
    /** The purposes of use, from the published matters (Art. 32(1)(ii)). */
    PURPOSES(false),
    /** Name, kana, birth date, gender, address, phone, e-mail — decrypted, each read recorded against the request. */
    PERSONAL_FIELDS(true),
    /** Marketing consent per channel now, and every change with its date and channel. */
    CONSENTS(true),
    /** Balance, rank and the card numbers. */
    POINT_BALANCE(true),
    /** The lots: earned on, expiring on, points left. */
    POINT_LOTS(true),
    /** Every ledger entry. */
    POINT_HISTORY(true),
    /** Every rank change. */
    RANK_HISTORY(true),
    /** Every provision of the member's data to a third party (Art. 29 records). */
    PROVISION_RECORDS(true),
    /** The inquiries (応対記録) about the member, with their notes. */
    INQUIRIES(true),
    /** Which fields were corrected (names of the fields; the values are in the member's record). */
    CORRECTED_FIELDS(false),
    /** What was done: consents off, left out of exports, provision stopped. */
    STOP_MEASURES(false),
    /** What was erased, and what the law makes us keep (the points ledger, the provision records). */
    ERASURE_AND_RETENTION(false);

    private final boolean memberData;

    PackageSection(boolean memberData) {
        this.memberData = memberData;
    }

    /** Whether the section holds the member's data (and may be withheld in a partial disclosure). */
    public boolean memberData() {
        return memberData;
    }
}
