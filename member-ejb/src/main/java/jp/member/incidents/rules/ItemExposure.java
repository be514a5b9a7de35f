package jp.member.incidents.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * How many members had one data item exposed, and how: each member counted once for the item, at their worst
 * exposure ({@link Exposure#worse}), so the three counts add up to the members who had the item reach anyone.
 *
 * @param item the data item: a member column ({@code name_kanji}, {@code phone}, …) or {@code member_number}, {@code
 *     points_balance}, {@code points_history}, or a custom field's key
 * @param clear members for whom it was in clear
 * @param masked members for whom it was shown masked (and never in clear)
 * @param encrypted members for whom it was only encrypted
 */
public record ItemExposure(String item, long clear, long masked, long encrypted) implements Serializable {

    /** @throws IllegalArgumentException if the item is blank or a count is negative */
    public ItemExposure {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("an item exposure names its item");
        }
        if (clear < 0 || masked < 0 || encrypted < 0) {
            throw new IllegalArgumentException("member counts are zero or more");
        }
    }

    /** Members who had the item exposed: in clear or masked. */
    public long exposed() {
        return Math.addExact(clear, masked);
    }

    /** Members who had it exposed, counting the only-encrypted ones too when the key was exposed. */
    public long exposed(boolean keyExposed) {
        return keyExposed ? total() : exposed();
    }

    /** All members the item reached in any way. */
    public long total() {
        return Math.addExact(exposed(), encrypted);
    }
}
