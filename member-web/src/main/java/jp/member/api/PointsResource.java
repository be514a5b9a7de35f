package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.member.points.boundary.PointsTill;
import jp.member.points.boundary.TillReceipt;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * Points for store terminals and the e-commerce site (role POS): earn, redeem, reverse (the balance is under
 * {@link CardsResource}). Every change is
 * idempotent on {@code transactionId}: repeat a request after a timeout and the original receipt comes back; reuse an
 * id for something else and get 409 DUPLICATE. Described in {@code /openapi.yaml}.
 */
@Path("v1/points")
@RequestScoped
@RolesAllowed(Roles.POS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointsResource {

    @Inject
    PointsTill till;

    @POST
    @Path("earn")
    public TillReceipt earn(PointsJson.Earn body) {
        if (body == null || body.amountYen() == null) {
            throw new BusinessException("api.body.required");
        }
        return till.earn(body.cardNumber(), body.storeCode(), body.amountYen(), body.transactionId());
    }

    @POST
    @Path("redeem")
    public TillReceipt redeem(PointsJson.Redeem body) {
        if (body == null || body.points() == null) {
            throw new BusinessException("api.body.required");
        }
        return till.redeem(body.cardNumber(), body.storeCode(), body.points(), body.transactionId());
    }

    @POST
    @Path("reversals")
    public TillReceipt reverse(PointsJson.Reversal body) {
        if (body == null) {
            throw new BusinessException("api.body.required");
        }
        return till.reverse(body.originalTransactionId(), body.transactionId());
    }
}
