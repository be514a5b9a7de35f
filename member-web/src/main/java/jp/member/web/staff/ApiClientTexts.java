package jp.member.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import jp.member.staff.boundary.ApiClientAdministration;
import jp.member.staff.boundary.ApiClientSummary;
import jp.member.web.shell.Messages;

/** How an API client's field scope reads on a page, in the viewer's language. */
@Named
@ApplicationScoped
public class ApiClientTexts {

    /** A personal field (by column) as people read it: the member form's label. */
    public String fieldLabel(String column) {
        return Messages.text("field." + property(column));
    }

    /** The client's field scope as labels, in the members' order, or "none (all masked)". */
    public String scopeLabel(ApiClientSummary client) {
        return client.fieldScope().isEmpty()
                ? Messages.text("apiClient.fieldScope.none")
                : ApiClientAdministration.PERSONAL_FIELDS.stream()
                        .filter(client.fieldScope()::contains)
                        .map(this::fieldLabel)
                        .collect(Collectors.joining("、"));
    }

    /** The member form's property of a column: {@code date_of_birth} is {@code dateOfBirth}. */
    static String property(String column) {
        StringBuilder property = new StringBuilder();
        for (String part : column.split("_")) {
            property.append(property.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return property.toString();
    }
}
