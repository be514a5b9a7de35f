package jp.member.web.points;

import java.math.BigDecimal;
import jp.member.points.boundary.LiabilityReport;

/** The liability report as CSV (UTF-8, CRLF, header rows in Japanese and English). Aggregates only. */
public final class LiabilityCsv {

    private LiabilityCsv() {}

    public static String of(LiabilityReport r) {
        StringBuilder csv = new StringBuilder();
        line(csv, "期間 period", r.from() + ".." + r.to(), "");
        line(csv, "区分 item", "ポイント points", "円 yen");
        row(csv, r, "期首残高 opening", r.opening());
        row(csv, r, "発行 issued", r.issued());
        row(csv, r, "利用 redeemed", r.redeemed());
        row(csv, r, "失効 expired", r.expired());
        row(csv, r, "取消・調整 reversed/adjusted", r.reversedAndAdjusted());
        row(csv, r, "期末残高 closing", r.closing());
        line(csv, "見込利用率 expected redemption rate", r.expectedRedemptionRate().toPlainString(), "");
        line(csv, "契約負債 liability (yen)", "", r.liabilityYen().toPlainString());
        line(csv, "", "", "");
        line(csv, "失効月 expiry month", "未使用ポイント outstanding points", "");
        r.outstandingByExpiryMonth().forEach(m -> line(csv, m.month(), String.valueOf(m.points()), ""));
        line(csv, "", "", "");
        csv.append("発行月 issued month,発行 issued,利用 redeemed,失効 expired,利用率 redemption rate," + "失効率 breakage rate\r\n");
        r.cohorts().forEach(c -> csv.append(c.month())
                .append(',')
                .append(c.issued())
                .append(',')
                .append(c.redeemed())
                .append(',')
                .append(c.expired())
                .append(',')
                .append(c.redemptionRate().toPlainString())
                .append(',')
                .append(c.breakageRate().toPlainString())
                .append("\r\n"));
        return csv.toString();
    }

    private static void row(StringBuilder csv, LiabilityReport r, String label, long points) {
        BigDecimal yen = r.yen(points);
        line(csv, label, String.valueOf(points), yen.toPlainString());
    }

    private static void line(StringBuilder csv, String a, String b, String c) {
        csv.append(a).append(',').append(b).append(',').append(c).append("\r\n");
    }
}
