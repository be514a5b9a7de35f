package jp.member.points.boundary;

import java.time.Instant;

/** One recorded change of the programme configuration. */
public record SettingChange(Instant changedAt, String changedBy, String name, String oldValue, String newValue) {}
