package jp.member.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API for store terminals and channels, under {@code /api}; every call authenticates (HTTP Basic). */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
