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
import jp.member.points.boundary.PointsTill;
import jp.member.security.Roles;

/** What a till reads about a card (role POS): status, rank and points, never personal data. */
@Path("v1/cards")
@RequestScoped
@RolesAllowed(Roles.POS)
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

    @Inject
    TillMembers tills;

    @Inject
    PointsTill points;

    @GET
    @Path("{number}/status")
    public MemberJson.CardStatus status(@PathParam("number") String number) {
        TillStatus status = tills.status(number);
        return new MemberJson.CardStatus(
                status.memberNumber().digits(),
                status.status().name(),
                status.rank().code());
    }

    /** The balance and the points that expire in the next 30 days. */
    @GET
    @Path("{number}/points")
    public PointsJson.Balance balance(@PathParam("number") String number) {
        return PointsJson.Balance.of(points.balance(number));
    }
}
