package jp.member.demo;

/** A family or given name with its katakana reading and the Latin letters used for it in e-mail addresses. */
record Name(String kanji, String kana, String latin) {}
