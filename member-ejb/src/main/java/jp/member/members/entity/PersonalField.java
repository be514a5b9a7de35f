package jp.member.members.entity;

import jp.member.audit.control.RecordedField;

/**
 * The personal fields of a member, each stored encrypted in its own column. The column name is also part of the
 * associated data of the field's ciphertext, so a value cannot be moved to another column undetected.
 */
public enum PersonalField implements RecordedField {
    NAME_KANJI("name_kanji"),
    NAME_KANA("name_kana"),
    BIRTH_DATE("birth_date"),
    GENDER("gender"),
    POSTAL_CODE("postal_code"),
    PREFECTURE("prefecture"),
    CITY("city"),
    STREET("street"),
    BUILDING("building"),
    PHONE("phone"),
    EMAIL("email");

    private final String column;

    PersonalField(String column) {
        this.column = column;
    }

    @Override
    public String column() {
        return column;
    }

    /** The field's name in forms and messages (camel case, e.g. {@code postalCode}). */
    public String property() {
        String[] parts = column.split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
