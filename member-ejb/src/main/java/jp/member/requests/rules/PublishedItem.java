package jp.member.requests.rules;

/**
 * The matters a business must keep where the member can know them (本人の知り得る状態, Art. 32(1) and Cabinet Order
 * Art. 10), in the order they are published.
 */
public enum PublishedItem {
    /** The business's name (Art. 32(1)(i)). */
    BUSINESS_NAME(true),
    /** Its address (Art. 32(1)(i), since 2022). */
    ADDRESS(true),
    /** Its representative (Art. 32(1)(i), since 2022). */
    REPRESENTATIVE(true),
    /** The purposes of use of all retained personal data (Art. 32(1)(ii)). */
    PURPOSES(true),
    /** How to make a request: where, which form, how (Art. 32(1)(iii), Art. 37(1)). */
    PROCEDURES(true),
    /** How the requester is identified (Cabinet Order Art. 12). */
    IDENTITY_VERIFICATION(true),
    /** The fee and how it is paid (Art. 38(2)). */
    FEES(true),
    /** The safety measures taken (Cabinet Order Art. 10(i), since 2022), and foreign countries where data is handled. */
    SAFETY_MEASURES(true),
    /** Where complaints go (Cabinet Order Art. 10(ii)). */
    COMPLAINTS_DESK(true),
    /** The accredited personal information protection organisation, if the business belongs to one (Art. 10(iii)). */
    ACCREDITED_ORGANISATION(false);

    /** The longest text of one item, in characters. */
    public static final int TEXT_MAX = 4000;

    private final boolean required;

    PublishedItem(boolean required) {
        this.required = required;
    }

    /** Whether the law requires the item (the accredited organisation only when there is one). */
    public boolean required() {
        return required;
    }
}
