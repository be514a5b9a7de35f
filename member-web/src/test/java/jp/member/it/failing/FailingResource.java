package jp.member.it.failing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test deployment only: an API call that fails unexpectedly, with a canary value in the exception's message. */
@Path("v1/test-failure")
@RequestScoped
public class FailingResource {

    public static final String CANARY = "カナリア-api-090-5555-0101";

    @GET
    public String fail() {
        throw new IllegalStateException("could not handle " + CANARY);
    }
}
