package jp.member.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.member.events.boundary.DeadLetter;
import jp.member.events.boundary.SubscriptionSummary;
import jp.member.events.boundary.WebhookSchedule;
import jp.member.events.boundary.WebhookSubscriptions;
import jp.member.events.entity.EventType;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.web.shell.Messages;

/**
 * The webhook page (ADMIN): subscriptions with their lag and failures; create one (its secret shown once), disable,
 * enable, delete; a subscription's dead deliveries, re-driven one by one or all at once.
 */
@Named
@ViewScoped
public class WebhookAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookSubscriptions subscriptions;

    private List<SubscriptionSummary> list;
    private String newName;
    private String newUrl;
    /** The chosen event types by enum name (a checkbox list posts strings). */
    private List<String> newTypes = new ArrayList<>();

    private SubscriptionSummary opened;
    private List<DeadLetter> dead = List.of();
    /** Shown once, on this instance only: a secret is never copied to another instance with the session. */
    private transient IssuedSecret issued;

    @PostConstruct
    void load() {
        list = subscriptions.list();
        if (opened != null) {
            opened =
                    list.stream().filter(s -> s.id() == opened.id()).findFirst().orElse(null);
            dead = opened == null ? List.of() : subscriptions.deadLetters(opened.id());
        }
    }

    public void create() {
        act(
                () -> {
                    issued = subscriptions.create(
                            newName,
                            newUrl,
                            newTypes.stream().map(EventType::valueOf).toList());
                    newName = null;
                    newUrl = null;
                    newTypes = new ArrayList<>();
                },
                "webhook.created");
    }

    public void disable(SubscriptionSummary s) {
        act(() -> subscriptions.disable(s.id()), "webhook.disabled");
    }

    public void enable(SubscriptionSummary s) {
        act(() -> subscriptions.enable(s.id()), "webhook.enabled");
    }

    public void delete(SubscriptionSummary s) {
        if (opened != null && opened.id() == s.id()) {
            opened = null;
        }
        act(() -> subscriptions.delete(s.id()), "webhook.deleted");
    }

    /** Opens the subscription's dead deliveries under the list. */
    public void open(SubscriptionSummary s) {
        opened = s;
        load();
    }

    public void redrive(DeadLetter letter) {
        act(() -> subscriptions.redrive(opened.id(), letter.deliveryId()), "webhook.redriven");
    }

    public void redriveAll() {
        act(() -> subscriptions.redrive(opened.id(), null), "webhook.redriven");
    }

    public void forgetIssued() {
        issued = null;
    }

    private void act(Runnable action, String successKey) {
        Messages.attempt(action, successKey);
        load();
    }

    /** The age of the oldest waiting delivery, in words ("3分12秒"), or empty when none waits. */
    public String age(SubscriptionSummary s) {
        if (s.pending() == 0) {
            return "";
        }
        Duration age = s.oldestPendingAge();
        if (age.toHours() > 0) {
            return Messages.text("webhook.age.hours", age.toHours(), age.toMinutesPart());
        }
        if (age.toMinutes() > 0) {
            return Messages.text("webhook.age.minutes", age.toMinutes(), age.toSecondsPart());
        }
        return Messages.text("webhook.age.seconds", age.toSeconds());
    }

    /** An HTTP status as read by people: the number, or what no number means. */
    public String status(Integer status) {
        if (status == null) {
            return "";
        }
        if (status == WebhookSchedule.REFUSED_ADDRESS) {
            return Messages.text("webhook.status.refused");
        }
        return status == 0 ? Messages.text("webhook.status.noAnswer") : Integer.toString(status);
    }

    /** The event types' labels, comma-separated. */
    public String typeLabels(SubscriptionSummary s) {
        return String.join(
                Messages.text("webhook.typeSeparator"),
                s.eventTypes().stream().map(this::typeLabel).toList());
    }

    public String typeLabel(String wireName) {
        return EventType.ofWireName(wireName).map(this::label).orElse(wireName);
    }

    public String label(EventType type) {
        return Messages.text("webhook.type." + type.name());
    }

    public List<EventType> getEventTypes() {
        return List.of(EventType.values());
    }

    public List<SubscriptionSummary> getList() {
        return list;
    }

    public SubscriptionSummary getOpened() {
        return opened;
    }

    public List<DeadLetter> getDead() {
        return dead;
    }

    public IssuedSecret getIssued() {
        return issued;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewUrl() {
        return newUrl;
    }

    public void setNewUrl(String newUrl) {
        this.newUrl = newUrl;
    }

    public List<String> getNewTypes() {
        return newTypes;
    }

    public void setNewTypes(List<String> newTypes) {
        this.newTypes = newTypes;
    }
}
