package jp.member.members.entity;

import jp.member.members.validation.Prefecture;

/** A Japanese postal address, normalised (postal code as 7 digits). Building is optional. */
public record Address(String postalCode, Prefecture prefecture, String city, String street, String building) {

    @Override
    public String toString() {
        return "Address[***]";
    }
}
