package jp.member.exports.control;

/** An export was approved; observed after the approval commits, to start generating it. */
public record ExportApproved(long exportId) {}
