package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import jp.member.members.boundary.ChannelMembers;
import jp.member.members.boundary.Enrolled;
import jp.member.members.boundary.MemberEnrolment;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Gender;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * Members for the company's web site and app (role CHANNEL): enrol, read and update the member's own record by
 * member number. Enrolments are limited per client (its enrolments an hour) and a likely duplicate needs the
 * client's confirmation. Bodies are read strictly ({@link JsonBody}). Described in {@code /openapi.yaml}.
 */
@Path("v1/members")
@RequestScoped
@RolesAllowed(Roles.CHANNEL)
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    MemberEnrolment enrolment;

    @Inject
    ChannelMembers members;

    @Inject
    ApiRateLimits limits;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol() {
        JsonBody body = JsonBody.read(request);
        MemberInput input = new MemberInput(
                body.string("nameKanji"),
                body.string("nameKana"),
                body.string("birthDate"),
                name(body.oneOf("gender", Gender.class)),
                body.string("postalCode"),
                body.string("prefecture"),
                body.string("city"),
                body.string("street"),
                body.string("building"),
                body.string("phone"),
                body.string("email"));
        EnrolmentChannel channel = body.oneOf("channel", EnrolmentChannel.class);
        Map<ConsentChannel, Boolean> consents = consents(body.object("consents"));
        Boolean confirmed = body.bool("confirmDuplicate");
        body.done();
        limits.admitEnrolment(request);
        Enrolled enrolled = enrolment.enrol(input, channel, null, consents, Boolean.TRUE.equals(confirmed));
        return Response.created(UriBuilder.fromResource(MembersResource.class)
                        .path(enrolled.memberNumber().digits())
                        .build())
                .entity(new MemberJson.Enrolled(enrolled.memberNumber().digits()))
                .build();
    }

    @GET
    @Path("{number}")
    public MemberJson.Member read(@PathParam("number") String number) {
        return MemberJson.Member.of(members.read(number));
    }

    @PUT
    @Path("{number}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeContact(@PathParam("number") String number) {
        JsonBody body = JsonBody.read(request);
        MemberInput contact = MemberInput.contact(
                body.string("postalCode"),
                body.string("prefecture"),
                body.string("city"),
                body.string("street"),
                body.string("building"),
                body.string("phone"),
                body.string("email"));
        body.done();
        members.changeContact(number, contact);
        return Response.noContent().build();
    }

    @PUT
    @Path("{number}/consents/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeConsent(@PathParam("number") String number, @PathParam("channel") String channel) {
        JsonBody body = JsonBody.read(request);
        Boolean granted = body.bool("granted");
        body.done();
        if (granted == null) {
            throw new BusinessException("api.body.required");
        }
        members.changeConsent(number, consentChannel(channel), granted);
        return Response.noContent().build();
    }

    /** Consent per channel; a channel left out is no consent. */
    private static Map<ConsentChannel, Boolean> consents(JsonBody given) {
        Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
        if (given != null) {
            for (ConsentChannel channel : ConsentChannel.values()) {
                consents.put(
                        channel, Boolean.TRUE.equals(given.bool(channel.name().toLowerCase(Locale.ROOT))));
            }
        }
        return consents;
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static ConsentChannel consentChannel(String value) {
        try {
            return ConsentChannel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("member.consent.channelRequired");
        }
    }
}
