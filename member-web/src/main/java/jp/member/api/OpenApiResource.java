package jp.member.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI description of this API, maintained by hand next to the resources. */
@Path("openapi.yaml")
@ApplicationScoped
public class OpenApiResource {

    /** {@code @PermitAll}: the description is public, like any published API contract; it holds no data. */
    @GET
    @PermitAll
    @Produces("application/yaml")
    public byte[] description() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
