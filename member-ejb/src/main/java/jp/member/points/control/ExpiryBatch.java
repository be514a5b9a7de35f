package jp.member.points.control;

import jp.member.points.rules.Points;

/** One batch of the expiry run: lots looked at, points expired, and the last lot id (-1: none left). */
public record ExpiryBatch(int lots, Points points, long lastLotId) {}
