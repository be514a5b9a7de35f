package jp.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import jp.member.members.boundary.ChannelMembers;
import jp.member.members.boundary.Enrolled;
import jp.member.members.boundary.MemberEnrolment;
import jp.member.members.control.MemberInput;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * Members for the company's web site and app (role CHANNEL): enrol, read and update the member's own record by
 * member number. Described in {@code /openapi.yaml}.
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(MemberJson.Enrolment body) {
        if (body == null) {
            throw new BusinessException("api.body.required");
        }
        Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
        if (body.consents() != null) {
            consents.put(ConsentChannel.POST, body.consents().post());
            consents.put(ConsentChannel.EMAIL, body.consents().email());
            consents.put(ConsentChannel.PHONE, body.consents().phone());
            consents.put(ConsentChannel.SMS, body.consents().sms());
        }
        Enrolled enrolled = enrolment.enrol(
                new MemberInput(
                        body.nameKanji(),
                        body.nameKana(),
                        body.birthDate(),
                        body.gender(),
                        body.postalCode(),
                        body.prefecture(),
                        body.city(),
                        body.street(),
                        body.building(),
                        body.phone(),
                        body.email()),
                channel(body.channel()),
                null,
                consents);
        return Response.created(UriBuilder.fromResource(MembersResource.class)
                        .path(enrolled.memberNumber())
                        .build())
                .entity(new MemberJson.Enrolled(enrolled.memberNumber()))
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
    public Response changeContact(@PathParam("number") String number, MemberJson.Contact body) {
        if (body == null) {
            throw new BusinessException("api.body.required");
        }
        members.changeContact(
                number,
                MemberInput.contact(
                        body.postalCode(),
                        body.prefecture(),
                        body.city(),
                        body.street(),
                        body.building(),
                        body.phone(),
                        body.email()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{number}/consents/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeConsent(
            @PathParam("number") String number, @PathParam("channel") String channel, MemberJson.ConsentChange body) {
        if (body == null || body.granted() == null) {
            throw new BusinessException("api.body.required");
        }
        members.changeConsent(number, consentChannel(channel), body.granted());
        return Response.noContent().build();
    }

    private static EnrolmentChannel channel(String value) {
        try {
            return EnrolmentChannel.valueOf(value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("member.channel.invalid");
        }
    }

    private static ConsentChannel consentChannel(String value) {
        try {
            return ConsentChannel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("member.consent.channelRequired");
        }
    }
}
