package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jp.member.points.boundary.PointsTill;
import jp.member.points.rules.Points;
import jp.member.points.rules.Yen;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.Conflicts;

/**
 * Points for store terminals and the e-commerce site (role POS): earn, redeem, reverse (the balance is under
 * {@link CardsResource}). Every change is idempotent on {@code transactionId}: repeat a request after a timeout and
 * the original receipt comes back; reuse an id for something else and get 409 DUPLICATE. Bodies are read strictly
 * ({@link JsonBody}): strings are strings, amounts whole numbers, which become {@link Yen} and {@link Points} here
 * and a {@link PointsJson.Receipt} on the way out. A transaction the database rolled back on a conflict (a deadlock,
 * or a lost certification on a Galera cluster) is run again here, outside it ({@link Conflicts}). Described in
 * {@code /openapi.yaml}.
 */
@Path("v1/points")
@RequestScoped
@RolesAllowed(Roles.POS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointsResource {

    @Inject
    PointsTill till;

    @Context
    HttpServletRequest request;

    @POST
    @Path("earn")
    public PointsJson.Receipt earn() {
        JsonBody body = JsonBody.read(request);
        String card = body.string("cardNumber");
        String store = body.string("storeCode");
        Long amountYen = body.integer("amountYen");
        String transaction = body.string("transactionId");
        body.done();
        Yen amount = Yen.of(required(amountYen));
        return PointsJson.Receipt.of(Conflicts.retried(() -> till.earn(card, store, amount, transaction)));
    }

    @POST
    @Path("redeem")
    public PointsJson.Receipt redeem() {
        JsonBody body = JsonBody.read(request);
        String card = body.string("cardNumber");
        String store = body.string("storeCode");
        Long points = body.integer("points");
        String transaction = body.string("transactionId");
        body.done();
        Points asked = count(required(points));
        return PointsJson.Receipt.of(Conflicts.retried(() -> till.redeem(card, store, asked, transaction)));
    }

    @POST
    @Path("reversals")
    public PointsJson.Receipt reverse() {
        JsonBody body = JsonBody.read(request);
        String original = body.string("originalTransactionId");
        String transaction = body.string("transactionId");
        body.done();
        return PointsJson.Receipt.of(Conflicts.retried(() -> till.reverse(original, transaction)));
    }

    private static long required(Long amount) {
        if (amount == null) {
            throw new BusinessException("points.amount.invalid");
        }
        return amount;
    }

    /**
     * The points a till asks to redeem. A negative number is no count of points: it becomes none, which the till
     * refuses exactly as it refuses zero ({@code points.amount.invalid}), after its own checks of the transaction id
     * and the store — so the refusal a till gets for a bad request is the one it got before points had a type.
     */
    private static Points count(long points) {
        return points < 0 ? Points.ZERO : Points.of(points);
    }
}
