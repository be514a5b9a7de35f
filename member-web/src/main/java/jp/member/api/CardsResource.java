package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.member.members.boundary.TillMembers;
import jp.member.members.boundary.TillStatus;
import jp.member.security.Roles;

/** What a till reads about a card (role POS): status and rank, never personal data. */
@Path("v1/cards")
@RequestScoped
@RolesAllowed(Roles.POS)
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

    @Inject
    TillMembers tills;

    @GET
    @Path("{number}/status")
    public MemberJson.CardStatus status(@PathParam("number") String number) {
        TillStatus status = tills.status(number);
        return new MemberJson.CardStatus(status.memberNumber(), status.status().name(), status.rank());
    }
}
