package lodestone.news.article;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address rules of {@link FetchPolicy}: which resolved addresses are not public, and which host texts are numeric
 * addresses in a form other than the canonical dotted quad. Pure functions; no name is resolved here.
 *
 * <p>Ranges refused (IANA special-purpose registries, RFC 6890 and its updates): IPv4 {@code 0.0.0.0/8},
 * {@code 10/8}, {@code 100.64/10}, {@code 127/8}, {@code 169.254/16}, {@code 172.16/12}, {@code 192.0.0/24},
 * {@code 192.0.2/24}, {@code 192.88.99/24}, {@code 192.168/16}, {@code 198.18/15}, {@code 198.51.100/24},
 * {@code 203.0.113/24}, {@code 224/4} (multicast), {@code 240/4} (reserved, broadcast); IPv6 {@code ::},
 * {@code ::1}, {@code ::ffff:0:0/96} (IPv4-mapped), {@code ::/96} (IPv4-compatible), {@code 64:ff9b::/96} and
 * {@code 64:ff9b:1::/48} (NAT64), {@code 100::/64}, {@code 2001::/23} (Teredo and IETF protocol assignments),
 * {@code 2001:db8::/32}, {@code 2002::/16} (6to4), {@code fc00::/7} (unique local), {@code fe80::/10} (link-local),
 * {@code fec0::/10} (old site-local), {@code ff00::/8} (multicast).
 */
final class AddressRules {
    private static final Pattern NUMERIC_LABELS =
            Pattern.compile("(?i)(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    private AddressRules() {}

    /**
     * @param host a URL's host as written, IPv6 literals with or without brackets
     * @return why the text itself is refused (a non-canonical numeric IPv4 form), or empty
     */
    static Optional<String> refusedHostText(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.contains(":")) {
            return Optional.empty(); // an IPv6 literal: judged by its address
        }
        if (NUMERIC_LABELS.matcher(h).matches() && !DOTTED_QUAD.matcher(h).matches()) {
            return Optional.of("a numeric address in a non-canonical form (" + host + ")");
        }
        return Optional.empty();
    }

    /**
     * @param address a resolved or literal address
     * @return the kind of non-public address it is ("loopback", "private", ...), or empty for a public address
     */
    static Optional<String> nonPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return nonPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return nonPublicV6(v6.getAddress());
        }
        return Optional.of("an address of unknown family");
    }

    private static Optional<String> nonPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0) {
            return Optional.of("an unspecified address (0.0.0.0/8)");
        }
        if (b0 == 127) {
            return Optional.of("a loopback address (127.0.0.0/8)");
        }
        if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
            return Optional.of("a private address (RFC 1918)");
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
        }
        if (b0 == 169 && b1 == 254) {
            return Optional.of("a link-local address (169.254.0.0/16, where cloud metadata services live)");
        }
        if (b0 >= 224 && b0 <= 239) {
            return Optional.of("a multicast address (224.0.0.0/4)");
        }
        if (b0 >= 240) {
            return Optional.of("a reserved or broadcast address (240.0.0.0/4)");
        }
        if ((b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2))
                || (b0 == 192 && b1 == 88 && b2 == 99)
                || (b0 == 198 && (b1 == 18 || b1 == 19))
                || (b0 == 198 && b1 == 51 && b2 == 100)
                || (b0 == 203 && b1 == 0 && b2 == 113)) {
            return Optional.of("a reserved address (IANA special-purpose range)");
        }
        return Optional.empty();
    }

    private static Optional<String> nonPublicV6(byte[] a) {
        boolean first10Zero = true;
        for (int i = 0; i < 10; i++) {
            first10Zero &= a[i] == 0;
        }
        if (first10Zero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return Optional.of("an IPv4-mapped IPv6 address (::ffff:0:0/96)");
        }
        if (first10Zero && a[10] == 0 && a[11] == 0) {
            boolean rest = true;
            for (int i = 12; i < 15; i++) {
                rest &= a[i] == 0;
            }
            if (rest && (a[15] == 0 || a[15] == 1)) {
                return Optional.of(a[15] == 0 ? "the unspecified address (::)" : "the loopback address (::1)");
            }
            return Optional.of("an IPv4-compatible IPv6 address (::/96)");
        }
        int w0 = ((a[0] & 0xff) << 8) | (a[1] & 0xff);
        int w1 = ((a[2] & 0xff) << 8) | (a[3] & 0xff);
        int w2 = ((a[4] & 0xff) << 8) | (a[5] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b && (w2 == 0 || w2 == 1)) {
            return Optional.of("a NAT64 address (64:ff9b::/96)");
        }
        if (w0 == 0x0100 && w1 == 0 && w2 == 0) {
            return Optional.of("a discard-only address (100::/64)");
        }
        if (w0 == 0x2001 && (w1 & 0xfe00) == 0) {
            return Optional.of("an IETF protocol assignment or Teredo address (2001::/23)");
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return Optional.of("a documentation address (2001:db8::/32)");
        }
        if (w0 == 0x2002) {
            return Optional.of("a 6to4 address (2002::/16)");
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return Optional.of("a unique local (private) address (fc00::/7)");
        }
        if ((w0 & 0xffc0) == 0xfe80) {
            return Optional.of("a link-local address (fe80::/10)");
        }
        if ((w0 & 0xffc0) == 0xfec0) {
            return Optional.of("a site-local address (fec0::/10)");
        }
        if ((w0 & 0xff00) == 0xff00) {
            return Optional.of("a multicast address (ff00::/8)");
        }
        return Optional.empty();
    }
}
