package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.member.incidents.boundary.Containments;
import jp.member.incidents.boundary.IncidentScopes;
import jp.member.incidents.boundary.IncidentScopes.AffectedMember;
import jp.member.incidents.boundary.ScopeView;
import jp.member.incidents.rules.ScopeSpec;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.Messages;

/**
 * The scope tab: the officer describes the scope ({@link ScopeForm}) and has the affected members computed from the
 * trail; every computation is listed with its time, and the members of one can be listed a page at a time — member
 * numbers and items only, each member shown a recorded read.
 */
@Named
@ViewScoped
public class ScopeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Members per page of the list. */
    static final int PAGE = 50;

    @Inject
    IncidentScopes scopes;

    @Inject
    Containments containments;

    @Inject
    IncidentBacking incident;

    @Inject
    BusinessTime time;

    private final ScopeForm form = new ScopeForm();
    private List<ScopeView> computations;
    private Containments.Targets targets;
    private ScopeView result;
    private Long listed;
    private int first;
    private List<AffectedMember> members;

    public void compute() {
        ScopeSpec spec;
        try {
            spec = form.toSpec(time.zone());
        } catch (ScopeForm.Unreadable e) {
            IncidentRefusals.field(IncidentBacking.TABS + "scope-", e.field(), "incident.dateTime.unreadable");
            return;
        }
        ScopeView[] computed = new ScopeView[1];
        if (IncidentRefusals.attempt(
                IncidentBacking.TABS + "scope-",
                () -> computed[0] = scopes.compute(incident.getRef(), spec),
                "incident.scope.computed")) {
            result = computed[0];
            computations = null;
            incident.reload();
        }
    }

    /** Lists the first page of a computation's members. */
    public void show(long scopeId) {
        listed = scopeId;
        first = 0;
        page();
    }

    public void next() {
        if (members != null && members.size() == PAGE) {
            first += PAGE;
            page();
        }
    }

    public void previous() {
        if (first > 0) {
            first = Math.max(0, first - PAGE);
            page();
        }
    }

    private void page() {
        try {
            members = scopes.members(incident.getRef(), listed, first, PAGE);
        } catch (BusinessException refused) {
            Messages.error(refused);
            members = null;
        }
    }

    public List<ScopeView> getComputations() {
        if (computations == null) {
            computations = scopes.computations(incident.getRef());
        }
        return computations;
    }

    /** The accounts and clients a scope can name (the officer's form only). */
    public Containments.Targets getTargets() {
        if (targets == null) {
            targets = containments.targets();
        }
        return targets;
    }

    public boolean isMore() {
        return members != null && members.size() == PAGE;
    }

    public int getFirst() {
        return first;
    }

    public ScopeForm getForm() {
        return form;
    }

    public ScopeView getResult() {
        return result;
    }

    /** The computation just made on this page, else the incident's latest. */
    public ScopeView getShown() {
        return result != null ? result : incident.getView().scope();
    }

    public Long getListed() {
        return listed;
    }

    public List<AffectedMember> getMembers() {
        return members;
    }

    public List<ScopeSpec.Kind> getKinds() {
        return Arrays.asList(ScopeSpec.Kind.values());
    }
}
