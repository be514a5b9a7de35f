package jp.member.points.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a member's history, newest first, and how many entries match the filter in all. */
public record HistoryPage(List<EntryView> entries, long total, int page, int size) implements Serializable {}
