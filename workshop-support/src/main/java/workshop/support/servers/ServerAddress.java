package workshop.support.servers;

/** Where a server listens: a host and a port, as clients and server configs want them. */
public record ServerAddress(String host, int port) {

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
    }

    /** Parses "host:port", the form MEMCACHED_SERVERS and spymemcached's AddrUtil use. */
    public static ServerAddress parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("Expected host:port, got \"" + text + "\"");
        }
        try {
            return new ServerAddress(trimmed.substring(0, colon), Integer.parseInt(trimmed.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected host:port with a numeric port, got \"" + text + "\"", e);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
