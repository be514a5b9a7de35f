package jp.member.requests.rules;

/** The form the member chose for the reply (Art. 33(1): since 2022 the member chooses, electronic included). */
public enum DeliveryForm {
    /** An AES-256 encrypted ZIP; the password goes by another route. */
    ELECTRONIC,
    /** Printed and posted to the registered address. */
    PAPER
}
