package jp.member.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TCP ports a process listens on, read from Linux's /proc: the socket inodes among its open files, matched with
 * the listening sockets of /proc/net/tcp and tcp6 (state 0A). UDP sockets it holds are counted as ports too.
 */
public final class ListeningPorts {

    private ListeningPorts() {}

    public static Set<Integer> of(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while listing
                }
            }
        }
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc", String.valueOf(pid), "net", table);
            boolean tcp = table.startsWith("tcp");
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String local = f[1];
                String state = f[3];
                String inode = f[9];
                // TCP: listening (0A); UDP: bound and unconnected (07), as a multicast or cluster socket is
                if (inodes.contains(inode) && state.equals(tcp ? "0A" : "07")) {
                    ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
