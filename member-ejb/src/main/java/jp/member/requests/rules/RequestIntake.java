package jp.member.requests.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.member.members.entity.PersonalField;
import jp.member.shared.Violation;

/**
 * A request as taken: what is asked, how it arrived, who asks, how they were identified (null while the documents are
 * awaited), the reply's form and language, and for Art. 35 the ground, for a correction the fields the member says are
 * wrong. The true values of a correction travel separately (sealed, never in this record).
 */
public record RequestIntake(
        RequestKind kind,
        RequestChannel channel,
        Requester requester,
        IdentityMethod identityMethod,
        DeliveryForm delivery,
        String replyLanguage,
        StopGround ground,
        Set<PersonalField> fields) {

    /** The reply languages: Japanese first. */
    public static final List<String> LANGUAGES = List.of("ja", "en");

    public RequestIntake {
        fields = fields == null || fields.isEmpty() ? EnumSet.noneOf(PersonalField.class) : EnumSet.copyOf(fields);
        replyLanguage = replyLanguage == null || replyLanguage.isBlank() ? "ja" : replyLanguage.strip();
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "request.kind.required"));
        }
        if (channel == null) {
            violations.add(new Violation("channel", "request.channel.required"));
        }
        if (requester == null) {
            violations.add(new Violation("requester", "request.requester.required"));
        }
        if (identityMethod != null
                && !IdentityMethod.acceptable(requester, channel).contains(identityMethod)) {
            violations.add(new Violation("identityMethod", "request.identity.methodNotAcceptable"));
        }
        if (delivery == null) {
            violations.add(new Violation("delivery", "request.delivery.required"));
        }
        if (!LANGUAGES.contains(replyLanguage)) {
            violations.add(new Violation("replyLanguage", "request.language.invalid"));
        }
        if (kind != null) {
            if (kind.needsGround() && (ground == null || !ground.supports(kind))) {
                violations.add(new Violation("ground", "request.ground.required"));
            }
            if (!kind.needsGround() && ground != null) {
                violations.add(new Violation("ground", "request.ground.notApplicable"));
            }
            if (kind.needsFields() && fields.isEmpty()) {
                violations.add(new Violation("fields", "request.fields.required"));
            }
            if (!kind.needsFields() && !fields.isEmpty()) {
                violations.add(new Violation("fields", "request.fields.notApplicable"));
            }
        }
        return violations;
    }
}
