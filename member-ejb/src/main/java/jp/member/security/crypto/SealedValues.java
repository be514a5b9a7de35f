package jp.member.security.crypto;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One kind of value that a feature seals with the data keys ({@link FieldCipher}), other than the members' personal
 * data: key rotation (the members' {@code KeyRotation}) counts what each key still seals and re-seals these with the
 * current key after the members, so that an old key leaves the ring only when nothing needs it any more. A feature
 * that seals something with {@code DataProtection.cipher()} implements this for it, as a CDI bean.
 *
 * <p>Declared here, below every feature that seals, rather than in {@code members}: the staff feature (second-factor
 * secrets) stands below {@code members} and could not implement an interface of theirs, and {@code members} must not
 * know the features above it ({@code inquiries}, {@code exports}).
 */
public interface SealedValues {

    /** How many records {@link #resealAfter} looks at in one call: one transaction's worth. */
    int BATCH = 200;

    /**
     * Names the kind in the rotation's status, its log and the page's labels ({@code keys.kind.<kind>}): letters
     * only, never changed once released.
     */
    String kind();

    /** How many values each key id seals; keys that seal none are left out, values not in sealed form too. */
    Map<String, Long> countByKey();

    /**
     * Re-seals, with the current key and in the caller's transaction, the values still sealed with an older key in up
     * to {@value #BATCH} records after {@code afterId} (in id order). A value that cannot be opened (altered, or
     * sealed with a key the ring no longer holds) is counted, logged by record id only, and left as it is — {@link
     * Resealing} does this for each value.
     */
    Batch resealAfter(long afterId);

    /**
     * One call's work: values re-sealed, values that could not be opened, and the id of the last record looked at —
     * where the next call goes on — or -1 when no record was left after the given id.
     */
    record Batch(int resealed, int unreadable, long lastId) {

        public static final Batch NONE_LEFT = new Batch(0, 0, -1);
    }

    /** Counts sealed values by the key that sealed them, for kinds few enough to read whole; nulls are skipped. */
    static Map<String, Long> tally(Stream<byte[]> sealed) {
        return sealed.map(FieldCipher::keyIdOf)
                .filter(keyId -> !keyId.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
