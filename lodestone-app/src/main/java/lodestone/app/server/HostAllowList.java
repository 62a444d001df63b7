package lodestone.app.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host names the server answers for, checked against each request's {@code Host} header (port ignored), so that a
 * web page whose name an attacker re-points at this address (DNS rebinding) cannot read the API from a victim's
 * browser. Allowed: the loopback names and addresses, the bound address, the addresses of every local interface when
 * bound to a wildcard address, and the names given with {@code --allowed-host}. A request without a {@code Host} header
 * (HTTP/1.0) passes: browsers always send one.
 */
final class HostAllowList {
    private final Set<String> hosts;

    private HostAllowList(Set<String> hosts) {
        this.hosts = Collections.unmodifiableSet(hosts);
    }

    /**
     * @param bound the bound address as given to {@code --host}
     * @param extra further host names allowed
     * @return the allow-list
     */
    static HostAllowList forBinding(String bound, List<String> extra) {
        Set<String> hosts = new TreeSet<>();
        hosts.add("localhost");
        hosts.add("127.0.0.1");
        hosts.add("[::1]");
        hosts.add(normalise(bound));
        for (String name : extra) {
            hosts.add(normalise(name));
        }
        if (isWildcard(bound)) {
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        hosts.add(literal(address));
                    }
                }
            } catch (SocketException e) {
                // no interface list: only the names given are allowed
            }
        }
        return new HostAllowList(hosts);
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress().replaceFirst("%.*$", "");
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    private static boolean isWildcard(String bound) {
        return bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]") || bound.isEmpty();
    }

    private static String normalise(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return h;
    }

    /**
     * @param host a bound address or host name
     * @return true if it is a loopback address or name
     */
    static boolean isLoopback(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.isEmpty() || !(h.matches("[0-9.]+") || h.contains(":"))) {
            return false; // a name other than localhost: it may resolve anywhere
        }
        try {
            return InetAddress.getAllByName(h.replace("[", "").replace("]", ""))[0].isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * @param header the request's Host header, or null
     * @throws ApiException 421 {@code host-not-allowed} naming the host if it is not allowed
     */
    void require(String header) {
        if (header == null || header.isEmpty()) {
            return;
        }
        String h = header.trim().toLowerCase(Locale.ROOT);
        String host = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.replaceFirst(":[0-9]*$", "");
        if (!hosts.contains(normalise(host))) {
            throw new ApiException(
                    ErrorCode.HOST_NOT_ALLOWED,
                    "Host (" + (host.length() > 100 ? host.substring(0, 100) + "..." : host) + ") is not a name this"
                            + " server answers for.\nMaybe start the server with --allowed-host " + host + ".",
                    "Host");
        }
    }
}
