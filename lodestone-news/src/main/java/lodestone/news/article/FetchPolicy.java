package lodestone.news.article;

import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Which addresses a URL fetch may connect to.
 *
 * <p>By default only public unicast addresses: a URL whose host is, or resolves to, a loopback, private, carrier-grade
 * NAT, link-local (cloud metadata), multicast, reserved, documentation, unspecified, IPv4-mapped or IPv4-compatible
 * address is refused before any connection is opened. The host is resolved once per connection and the connection goes
 * to the address that was checked, so a name that resolves differently the second time (DNS rebinding) cannot lead
 * elsewhere; every redirect hop is checked the same way. Numeric hosts in non-canonical forms ({@code 2130706433},
 * {@code 127.1}, {@code 0x7f.1}, {@code 0177.0.0.1}) are refused whatever the policy, because resolvers disagree on
 * what they mean.
 *
 * @param allowPrivateAddresses true to allow every address (for a server on a trusted network that must read intranet
 *     pages; {@code --allow-private-fetch})
 * @param trustedEndpoints address and port pairs allowed although not public (one known intranet mirror, or a test
 *     server); empty by default
 */
public record FetchPolicy(boolean allowPrivateAddresses, Set<InetSocketAddress> trustedEndpoints) {
    /** Public unicast addresses only: the default of the server and of the command line. */
    public static final FetchPolicy PUBLIC_ONLY = new FetchPolicy(false, Set.of());

    /** Every address, loopback and private ranges included. */
    public static final FetchPolicy ALLOW_PRIVATE = new FetchPolicy(true, Set.of());

    public FetchPolicy {
        trustedEndpoints = Set.copyOf(trustedEndpoints);
        for (InetSocketAddress endpoint : trustedEndpoints) {
            if (endpoint.isUnresolved()) {
                throw new IllegalArgumentException(
                        "trusted endpoint (" + endpoint + ") must be an address, not an unresolved name.");
            }
        }
    }

    /**
     * @param endpoint an address and port to allow although not public
     * @return a copy that also trusts it
     */
    public FetchPolicy trusting(InetSocketAddress endpoint) {
        Set<InetSocketAddress> more = new java.util.HashSet<>(trustedEndpoints);
        more.add(endpoint);
        return new FetchPolicy(allowPrivateAddresses, more);
    }

    /**
     * @param endpoint a resolved address and port
     * @return true if a connection to it is allowed whatever its address
     */
    boolean trusts(InetSocketAddress endpoint) {
        return allowPrivateAddresses || trustedEndpoints.contains(endpoint);
    }
}
