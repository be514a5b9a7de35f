package jp.member.points.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign: a points multiplier over a date range (inclusive). */
public record CampaignView(String code, String name, LocalDate from, LocalDate to, BigDecimal multiplier) {}
