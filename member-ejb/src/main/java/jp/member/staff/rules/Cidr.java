package jp.member.staff.rules;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.member.shared.RequestOrigin;

/**
 * A network in CIDR notation, IPv4 ({@code 10.20.0.0/16}) or IPv6 ({@code fd00::/8}); an address alone is a network
 * of one. Only address literals are accepted — nothing here ever asks DNS. An IPv4-mapped IPv6 address
 * ({@code ::ffff:10.0.0.1}) counts as the IPv4 address it maps.
 */
public record Cidr(byte[] network, int prefix) {

    /** The longest network as text: the longest address ({@value RequestOrigin#ADDRESS_MAX}) and {@code /128}. */
    public static final int TEXT_MAX = RequestOrigin.ADDRESS_MAX + 4;

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2," + RequestOrigin.ADDRESS_MAX + "}");

    public Cidr {
        network = network.clone();
        int bits = network.length * 8;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix out of range");
        }
        for (int bit = prefix; bit < bits; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
    }

    /** A list of networks as configured: comma separated; anything that is not a CIDR is left out. */
    public static List<Cidr> list(String list) {
        return Arrays.stream(list.split(","))
                .map(Cidr::parse)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The network the text names, or empty when it is not a CIDR of address literals. */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        int slash = value.indexOf('/');
        Optional<byte[]> address = address(slash < 0 ? value : value.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        int prefix;
        if (slash < 0) {
            prefix = bits;
        } else {
            String digits = value.substring(slash + 1);
            if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(digits);
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    /** The bytes of an address literal (4 or 16, a mapped IPv6 address as its 4), or empty for anything else. */
    public static Optional<byte[]> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text;
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            if (IPV4.matcher(value).matches()) {
                for (String part : value.split("\\.")) {
                    if (Integer.parseInt(part) > 255) {
                        return Optional.empty();
                    }
                }
                return Optional.of(InetAddress.getByName(value).getAddress());
            }
            if (value.contains(":") && IPV6.matcher(value).matches()) {
                // a literal with a colon is never looked up in DNS
                return Optional.of(InetAddress.getByName(value).getAddress());
            }
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean contains(String address) {
        return address(address).map(this::contains).orElse(false);
    }

    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        return new Cidr(address, prefix).equals(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    /** The normal form: {@code 10.20.0.0/16}, {@code fd00:0:0:0:0:0:0:0/8}. */
    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress().toLowerCase(Locale.ROOT) + "/" + prefix;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
