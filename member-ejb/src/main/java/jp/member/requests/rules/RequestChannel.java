package jp.member.requests.rules;

/** How the request reached us. */
public enum RequestChannel {
    /** An agent took it inside an inquiry (phone, e-mail, chat or counter call of the call centre). */
    INQUIRY,
    /** The request form arrived by post; the privacy officer entered it. */
    POST,
    /** In person at a counter; the privacy officer entered it. */
    COUNTER
}
