package jp.member.web.members;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.member.members.boundary.PostalAddress;
import jp.member.members.boundary.PostalCodes;
import jp.member.members.validation.PostalCode;
import jp.member.web.shell.Messages;
import org.primefaces.PrimeFaces;

/**
 * The address from the postal code, as the agent types it into an address form (contact-fields.xhtml). Prefecture and
 * city are filled when the code names one city. The town goes into the street field (町名・番地), where the agent goes
 * on with the block number, when the code names exactly one town — and only if the street is empty or still holds
 * the town filled in before: what the agent typed there is never overwritten. When the code names several towns, or
 * none (the file's 「以下に掲載がない場合」), the street is left to the agent and a hint under the postal code says so,
 * listing the towns. Every field stays editable; only the fields filled are sent back.
 */
@Named
@ViewScoped
public class PostalCodeFill implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Towns named in the hint; the rest are counted. */
    static final int LISTED_TOWNS = 5;

    @Inject
    PostalCodes postalCodes;

    /** The code the form was last filled for: a key that changes nothing in the code looks up nothing. */
    private String lookedUp;

    private String filledTown;
    private String hint;

    /** The p:ajax listener of the postal-code input, which processes the postal code and the street. */
    public void fill(ContactInputs contact) {
        Optional<String> code = PostalCode.normalize(contact.getPostalCode());
        if (code.isEmpty()) {
            lookedUp = null;
            hint = null;
            return;
        }
        if (code.get().equals(lookedUp)) {
            return;
        }
        lookedUp = code.get();
        List<PostalAddress> found = postalCodes.lookup(lookedUp);
        if (found.isEmpty()) {
            hint = Messages.text("postal.fill.none");
            return;
        }
        if (found.stream().map(a -> a.prefecture().code() + a.city()).distinct().count() == 1) {
            contact.setPrefecture(found.get(0).prefecture().code());
            contact.setCity(found.get(0).city());
            update("prefecture", "city");
        }
        List<String> towns = found.stream().map(PostalAddress::town).distinct().toList();
        String town = towns.size() == 1 ? towns.get(0) : "";
        String street = contact.getStreet();
        boolean streetOurs = street == null || street.isBlank() || street.equals(filledTown);
        if (streetOurs) {
            contact.setStreet(town);
            filledTown = town;
            update("street");
        }
        if (towns.size() > 1) {
            hint = several(towns);
        } else if (town.isEmpty()) {
            hint = Messages.text("postal.fill.city");
        } else {
            hint = Messages.text(streetOurs ? "postal.fill.done" : "postal.fill.kept");
        }
    }

    private static String several(List<String> towns) {
        List<String> named = towns.stream().filter(t -> !t.isEmpty()).toList();
        String listed = String.join("、", named.subList(0, Math.min(named.size(), LISTED_TOWNS)));
        if (named.size() > LISTED_TOWNS) {
            listed = Messages.text("postal.fill.more", listed, named.size() - LISTED_TOWNS);
        }
        return Messages.text("postal.fill.several", listed);
    }

    /** Sends back the form's fields of these ids (the form of the input whose listener runs). */
    private static void update(String... ids) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent postalCode = UIComponent.getCurrentComponent(faces);
        for (String id : ids) {
            PrimeFaces.current().ajax().update(postalCode.findComponent(id).getClientId(faces));
        }
    }

    /** What the last lookup found, for the hint under the postal code; empty before any. */
    public String getHint() {
        return hint;
    }
}
