package workshop.support.servers;

/** A server address, as clients and server configs want it. */
public record HostAndPort(String host, int port) {

    public HostAndPort {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
    }

    /** Parses "host:port", the form MEMCACHED_SERVERS and spymemcached's AddrUtil use. */
    public static HostAndPort parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("Expected host:port, got \"" + text + "\"");
        }
        try {
            return new HostAndPort(trimmed.substring(0, colon), Integer.parseInt(trimmed.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected host:port with a numeric port, got \"" + text + "\"", e);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
