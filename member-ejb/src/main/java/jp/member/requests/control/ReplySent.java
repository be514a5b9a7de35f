package jp.member.requests.control;

/** A request's reply was sent: its file goes once the closing has committed. */
public record ReplySent(String ref) {}
