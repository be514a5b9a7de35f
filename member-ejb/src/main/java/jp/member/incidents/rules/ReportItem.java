package jp.member.incidents.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The nine items a report to the PPC gives (Enforcement Rules Art. 8(1) items 1 to 9), in the rule's order, with the
 * rule's own headings. The notice to the members (Rule Art. 10) gives items 1, 2, 4, 5 and 9 only.
 *
 * <p>The headings are the law's Japanese wording, quoted as the report and the notice quote it whatever language the
 * page is in, so they live here and not in the message bundles.
 */
public enum ReportItem {
    /** 1: 概要. */
    SUMMARY(1, "概要", true),
    /** 2: the data items. */
    ITEMS(2, "漏えい等が発生し、又は発生したおそれがある個人データの項目", true),
    /** 3: the number of individuals. */
    PERSON_COUNT(3, "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数", false),
    /** 4: 原因. */
    CAUSE(4, "原因", true),
    /** 5: secondary harm. */
    SECONDARY_HARM(5, "二次被害又はそのおそれの有無及びその内容", true),
    /** 6: action towards the individuals. */
    ACTION_FOR_INDIVIDUALS(6, "本人への対応の実施状況", false),
    /** 7: publication. */
    PUBLICATION(7, "公表の実施状況", false),
    /** 8: recurrence prevention. */
    RECURRENCE_PREVENTION(8, "再発防止のための措置", false),
    /** 9: other relevant matters. */
    OTHER(9, "その他参考となる事項", true);

    private static final List<ReportItem> FOR_NOTICE =
            Arrays.stream(values()).filter(ReportItem::inNoticeToIndividuals).toList();

    private final int number;
    private final String japaneseTitle;
    private final boolean inNotice;

    ReportItem(int number, String japaneseTitle, boolean inNotice) {
        this.number = number;
        this.japaneseTitle = japaneseTitle;
        this.inNotice = inNotice;
    }

    /** The item's number in Rule Art. 8(1), 1 to 9. */
    public int number() {
        return number;
    }

    /** The item's heading exactly as Rule Art. 8(1) words it. */
    public String japaneseTitle() {
        return japaneseTitle;
    }

    /** Whether the notice to the members gives this item (Rule Art. 10: items 1, 2, 4, 5 and 9). */
    public boolean inNoticeToIndividuals() {
        return inNotice;
    }

    /** The items of the notice to the members, in order: 1, 2, 4, 5, 9. */
    public static List<ReportItem> forNotice() {
        return FOR_NOTICE;
    }

    /**
     * The item with that number.
     *
     * @throws IllegalArgumentException unless 1 to 9
     */
    public static ReportItem ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("Rule Art. 8(1) has items 1 to 9");
        }
        return values()[number - 1];
    }
}
