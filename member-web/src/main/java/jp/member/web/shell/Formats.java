package jp.member.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessTime;

/**
 * Formats for pages: times are shown in the programme's time zone (the business time's zone, {@code member.timezone});
 * numbers with thousands separators, points with {@code pt}, yen as {@code ¥1,234}, rates as percentages.
 *
 * <p>Japanese and English write numbers alike (1,234.5), so the number formats do not depend on the viewer's
 * language. They take what boundary records carry — {@link Points}, {@link PointsChange}, {@link Yen}, {@code long},
 * {@code int}, {@link BigDecimal} — and show nothing for a missing value. A decimal is shown exactly, its trailing
 * zeros dropped ({@code 1234.00} yen is {@code ¥1,234}); only a percentage is rounded, to two decimals.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PERCENT_DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    BusinessTime time;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant.atZone(time.zone()));
    }

    /** A count or amount with thousands separators: {@code 1,234}, {@code -1,234}, {@code 1,234.5}. */
    public String number(Object value) {
        BigDecimal amount = amount(value);
        return amount == null ? "" : grouped(amount);
    }

    /**
     * Points: {@code 1,234pt}. A change of points carries its sign, so that a history reads as additions and
     * deductions: {@code +500pt}, {@code -200pt}, {@code 0pt}.
     */
    public String points(Object value) {
        BigDecimal amount = amount(value);
        if (amount == null) {
            return "";
        }
        String sign = value instanceof PointsChange && amount.signum() > 0 ? "+" : "";
        return sign + grouped(amount) + "pt";
    }

    /** Yen: {@code ¥1,234}, {@code -¥1,234}; a fraction of a yen only where there is one ({@code ¥0.5}). */
    public String yen(Object value) {
        BigDecimal amount = amount(value);
        if (amount == null) {
            return "";
        }
        return (amount.signum() < 0 ? "-" : "") + "¥" + grouped(amount.abs());
    }

    /** A rate given as a fraction (0.025) as a percentage: {@code 2.5%}, {@code 80%}, rounded to two decimals. */
    public String percent(Object value) {
        BigDecimal fraction = amount(value);
        if (fraction == null) {
            return "";
        }
        return grouped(fraction.multiply(HUNDRED).setScale(PERCENT_DECIMALS, RoundingMode.HALF_UP)) + "%";
    }

    private static String grouped(BigDecimal amount) {
        BigDecimal exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(0, exact.scale()));
        return format.format(exact);
    }

    /** The value as a decimal, or null when there is none. */
    private static BigDecimal amount(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Points points) {
            return BigDecimal.valueOf(points.value());
        }
        if (value instanceof PointsChange change) {
            return BigDecimal.valueOf(change.value());
        }
        if (value instanceof Yen yen) {
            return BigDecimal.valueOf(yen.value());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        throw new IllegalArgumentException(
                "not a number a page shows: " + value.getClass().getName());
    }
}
