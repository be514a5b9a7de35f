package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import jp.member.security.Roles;

/** Lets any client check its credentials: who the API thinks it is, and its role. */
@Path("v1/client")
@RequestScoped
@RolesAllowed({Roles.POS, Roles.CHANNEL, Roles.MONITOR})
public class ClientResource {

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> whoAmI() {
        return Map.of(
                "clientId",
                security.getUserPrincipal().getName(),
                "role",
                Roles.CLIENTS.stream()
                        .filter(security::isUserInRole)
                        .findFirst()
                        .orElse(""));
    }
}
