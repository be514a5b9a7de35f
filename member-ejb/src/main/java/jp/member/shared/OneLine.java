package jp.member.shared;

/**
 * Text that goes into a record as one line, within its column: control characters (CR, LF, tab, ...) become "?", so
 * a typed value cannot forge a second line in a log or an export, and the value is cut at the column length.
 */
public final class OneLine {

    private OneLine() {}

    /** Null stays null. */
    public static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String oneLine = value.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }
}
