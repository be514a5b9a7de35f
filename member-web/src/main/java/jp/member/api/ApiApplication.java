package jp.member.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The JSON API for store terminals and channels, under {@code /api}; every call authenticates (HTTP Basic). */
@ApplicationPath("/api")
public class ApiApplication extends Application {

    /**
     * No generated WADL: {@code /api/application.wadl} and the WADL answer to OPTIONS described every resource and
     * named the JAX-RS implementation and its version. The API is described in {@code /openapi.yaml}.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
