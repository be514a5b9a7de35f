package jp.member.web.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import jp.member.members.entity.Gender;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.Prefecture;
import jp.member.requests.boundary.RequestView;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.PackageContents;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RefusalReason;
import jp.member.requests.rules.Remedy;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;

/**
 * What the request forms offer, from the rules: the identity checks that fit the requester and the channel, the
 * grounds of an Art. 35 kind, the reasons that can answer a kind, and a partial decision only where one can exist
 * (never for a purpose notice; a withheld section only where there is more than one; a lesser remedy only where there
 * is one). The boundaries check it all again.
 */
@Named
@ApplicationScoped
public class RequestChoices {

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public Requester[] getRequesters() {
        return Requester.values();
    }

    public DeliveryForm[] getDeliveries() {
        return DeliveryForm.values();
    }

    public List<String> getLanguages() {
        return RequestIntake.LANGUAGES;
    }

    /** The channels the privacy officer enters (an inquiry's requests are the agents'). */
    public List<RequestChannel> getEnteredChannels() {
        return List.of(RequestChannel.POST, RequestChannel.COUNTER);
    }

    public PersonalField[] getFields() {
        return PersonalField.values();
    }

    public Prefecture[] getPrefectures() {
        return Prefecture.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    /** The identity checks that can confirm this requester through this channel, in the rules' order. */
    public List<IdentityMethod> methods(Requester requester, RequestChannel channel) {
        return Arrays.stream(IdentityMethod.values())
                .filter(IdentityMethod.acceptable(requester, channel)::contains)
                .toList();
    }

    public List<StopGround> grounds(RequestKind kind) {
        return kind == null ? List.of() : List.copyOf(StopGround.forKind(kind));
    }

    public List<RefusalReason> reasons(RequestKind kind) {
        return kind == null ? List.of() : List.copyOf(RefusalReason.forKind(kind));
    }

    /** The sections a partial disclosure may withhold. */
    public List<PackageSection> dataSections(RequestKind kind) {
        return kind == null ? List.of() : List.copyOf(PackageContents.dataSections(kind));
    }

    /** The remedies that go less far than the one asked for: what a partial Art. 35 decision may take. */
    public List<Remedy> lesserRemedies(RequestKind kind) {
        Remedy asked = kind == null ? null : kind.remedy();
        return asked == null
                ? List.of()
                : Arrays.stream(Remedy.values())
                        .filter(r -> r.reach() < asked.reach())
                        .toList();
    }

    /** The decisions open to this request: "in part" only where a part can be told apart from the whole. */
    public List<Decision> decisions(RequestView request) {
        return partlyPossible(request) ? List.of(Decision.values()) : List.of(Decision.ACCEPTED, Decision.REFUSED);
    }

    static boolean partlyPossible(RequestView request) {
        if (request == null) {
            return false;
        }
        return switch (request.kind()) {
            case PURPOSE_NOTICE -> false;
            case DISCLOSURE, PROVISION_RECORDS ->
                PackageContents.dataSections(request.kind()).size() > 1;
            case CORRECTION -> request.fields().size() > 1;
            case STOP_USE, ERASURE, STOP_PROVISION ->
                Arrays.stream(Remedy.values())
                        .anyMatch(r -> r.reach() < request.kind().remedy().reach());
        };
    }
}
