package jp.member.members.boundary;

import jp.member.members.validation.Prefecture;

/**
 * A place a postal code stands for, as the form fills it in: prefecture, city (市区町村) and town (町域, empty where
 * the code stands for the whole city or for the towns the file does not list), with the readings in full-width
 * katakana. Public data from Japan Post, not a member's.
 */
public record PostalAddress(
        String postalCode, Prefecture prefecture, String city, String town, String cityKana, String townKana) {}
