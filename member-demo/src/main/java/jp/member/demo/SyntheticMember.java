package jp.member.demo;

import java.time.LocalDate;

/**
 * One synthetic member, shaped like a row of the member bulk import. A plain carrier without validation, so that
 * tests can also build deliberately awkward members (a comma in a building name, a missing gender) by hand.
 *
 * @param nameKanji family name, U+3000, given name ("佐藤　花子")
 * @param nameKana the reading in full-width katakana, family and given name separated by U+3000 ("サトウ　ハナコ")
 * @param gender "F", "M" or null when the member did not say
 * @param postalCode seven ASCII digits without hyphen
 * @param prefectureCode the JIS X 0401 code "01" to "47"
 * @param city the municipality or ward of that prefecture ("大阪市北区")
 * @param street town, chome, ban and go ("本町2丁目14-7")
 * @param building building name and room, or null for a house
 * @param phone eleven ASCII digits, a mobile number starting 070, 080 or 090
 * @param email lower-case, always on a reserved example domain
 * @param channel "STORE", "WEB", "APP" or "CALL_CENTRE"
 * @param storeCode the enrolling store ("S1307"), null for WEB and APP
 */
public record SyntheticMember(
        String nameKanji,
        String nameKana,
        LocalDate birthDate,
        String gender,
        String postalCode,
        String prefectureCode,
        String city,
        String street,
        String building,
        String phone,
        String email,
        LocalDate enrolledOn,
        String channel,
        String storeCode,
        boolean consentPost,
        boolean consentEmail,
        boolean consentPhone,
        boolean consentSms) {}
