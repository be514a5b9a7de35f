package jp.member.audit.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of search results, newest first, and whether there are older ones. */
public record AuditPage(List<AuditRow> rows, int page, boolean more) implements Serializable {}
