package jp.member.requests.rules;

/** Who makes the request (Art. 37(3)): the member, or an agent for them. */
public enum Requester {
    MEMBER,
    /** A person the member authorised (任意代理人), with a power of attorney. */
    AUTHORISED_AGENT,
    /** A legal representative of a minor or an adult ward (法定代理人). */
    LEGAL_REPRESENTATIVE
}
