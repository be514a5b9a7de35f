package jp.member.arquillian;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;

/** What makes two archives the same deployment: their name and the paths of their entries. */
final class ArchiveKey {

    private ArchiveKey() {}

    static String of(Archive<?> archive) {
        return archive.getName() + "|" + String.join("|", paths(archive));
    }

    /** A few of the paths one archive has and the other has not, for the log. */
    static String difference(Archive<?> before, Archive<?> after) {
        Set<String> gone = paths(before);
        Set<String> added = paths(after);
        Set<String> onlyBefore = new TreeSet<>(gone);
        onlyBefore.removeAll(added);
        added.removeAll(gone);
        return "only before: " + onlyBefore.stream().limit(5).collect(Collectors.joining(", ")) + "; only now: "
                + added.stream().limit(5).collect(Collectors.joining(", "));
    }

    private static Set<String> paths(Archive<?> archive) {
        Set<String> paths = new TreeSet<>();
        for (ArchivePath path : archive.getContent().keySet()) {
            Node node = archive.get(path);
            if (node.getAsset() != null) {
                paths.add(path.get());
            }
        }
        return paths;
    }
}
