package jp.member.requests.control;

/** A request's reply is to be produced, once the transaction that queued it has committed. */
public record ReplyQueued(long requestId) {}
