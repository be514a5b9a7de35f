package jp.member.ear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The machine's listening TCP sockets, as Linux lists them in /proc/net/tcp and tcp6. */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    /** The local addresses (hex, as the kernel prints them) listening on the port other than loopback. */
    static List<String> beyondLoopback(int port) throws IOException {
        List<String> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 4 || !fields[3].equals(LISTEN)) {
                    continue; // the header, or not listening
                }
                String[] local = fields[1].split(":");
                if (Integer.parseInt(local[1], 16) == port && !isLoopback(local[0])) {
                    found.add(fields[1]);
                }
            }
        }
        return found;
    }

    /** 127.0.0.0/8 (little-endian words: the last byte is 7F) or ::1. */
    private static boolean isLoopback(String hexAddress) {
        return hexAddress.length() == 8
                ? hexAddress.endsWith("7F")
                : hexAddress.equals("00000000000000000000000001000000");
    }
}
