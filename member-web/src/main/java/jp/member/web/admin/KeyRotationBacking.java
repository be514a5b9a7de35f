package jp.member.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import jp.member.members.boundary.KeyRotation;
import jp.member.members.boundary.RotationStatus;
import jp.member.web.shell.Messages;

/**
 * The data-key rotation page: which key seals how many members and how many other sealed values (inquiry notes,
 * second-factor keys, export file keys), and re-encryption of all of them with the current key.
 */
@Named
@RequestScoped
public class KeyRotationBacking {

    @Inject
    KeyRotation rotation;

    private RotationStatus status;

    public void reencrypt() {
        KeyRotation.Result result = rotation.reencryptAll();
        status = null;
        Messages.info("keys.reencrypted", result.reencrypted());
        if (result.unreadable() > 0) {
            Messages.error("keys.unreadable", result.unreadable());
        }
    }

    public RotationStatus getStatus() {
        if (status == null) {
            status = rotation.status();
        }
        return status;
    }

    public List<Map.Entry<String, Long>> getKeys() {
        return List.copyOf(getStatus().membersByKey().entrySet());
    }
}
