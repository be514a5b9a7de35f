package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.member.security.Roles;
import jp.member.web.failure.FailureLog;
import jp.member.web.shell.SoftwareInventory;

/**
 * For monitoring tools (role MONITOR): the application's version, its software inventory (SBOM) and how many requests
 * it refused since it started. No personal or business data.
 */
@Path("v1/ops")
@RequestScoped
@RolesAllowed(Roles.MONITOR)
public class OperationsResource {

    static final String CYCLONEDX_JSON = "application/vnd.cyclonedx+json";

    @Inject
    SoftwareInventory inventory;

    /** The CycloneDX SBOM the build wrote into the application; 404 NOT_FOUND when this build carries none. */
    @GET
    @Path("sbom")
    @Produces({CYCLONEDX_JSON, "application/problem+json"})
    public Response sbom() {
        return inventory
                .bom()
                .map(bom -> Response.ok(bom, CYCLONEDX_JSON).build())
                .orElseGet(
                        () -> Problem.response(Response.Status.NOT_FOUND, "NOT_FOUND", "This build carries no SBOM"));
    }

    /** Version, build time, and the refusals counted since start (by kind and status). */
    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("version", inventory.version());
        status.put("built", inventory.built());
        status.put("components", inventory.components().size());
        status.put("refusals", FailureLog.refusals());
        return status;
    }
}
