package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.entity.PublishedMattersVersion;
import jp.member.requests.rules.PublishedItem;
import jp.member.shared.NotFoundException;

/** The versions of the published matters, their JSON (item → {ja, en}) read and written. */
@ApplicationScoped
public class PublishedVersions {

    @PersistenceContext
    EntityManager em;

    public PublishedMattersVersion latest() {
        List<PublishedMattersVersion> latest = em.createQuery(
                        "SELECT p FROM PublishedMattersVersion p ORDER BY p.version DESC",
                        PublishedMattersVersion.class)
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            throw new NotFoundException("published.notFound");
        }
        return latest.get(0);
    }

    public List<PublishedMattersVersion> all() {
        return em.createQuery(
                        "SELECT p FROM PublishedMattersVersion p ORDER BY p.version DESC",
                        PublishedMattersVersion.class)
                .getResultList();
    }

    /** The fee now published for a purpose notice or a disclosure. */
    public long publishedFee() {
        return latest().getFeeYen();
    }

    public static PublishedView view(PublishedMattersVersion v) {
        Map<PublishedItem, PublishedView.Text> items = new EnumMap<>(PublishedItem.class);
        try (JsonReader reader = Json.createReader(new StringReader(v.getContent()))) {
            JsonObject json = reader.readObject();
            for (PublishedItem item : PublishedItem.values()) {
                JsonObject text = json.containsKey(item.name()) ? json.getJsonObject(item.name()) : null;
                items.put(
                        item,
                        text == null
                                ? new PublishedView.Text("", "")
                                : new PublishedView.Text(text.getString("ja", ""), text.getString("en", "")));
            }
        }
        return new PublishedView(
                v.getVersion(), v.getCreatedAt(), v.getCreatedBy(), v.getChangeNote(), v.getFeeYen(), items);
    }

    public static String json(Map<PublishedItem, PublishedView.Text> items) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (PublishedItem item : PublishedItem.values()) {
            PublishedView.Text text = items.getOrDefault(item, new PublishedView.Text("", ""));
            json.add(
                    item.name(), Json.createObjectBuilder().add("ja", text.ja()).add("en", text.en()));
        }
        return json.build().toString();
    }
}
