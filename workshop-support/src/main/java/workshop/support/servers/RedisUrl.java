package workshop.support.servers;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code REDIS_URL}, and never repeats its password: a URL with credentials shows up in error messages,
 * logs and the doctor's output, so everything that prints one prints {@link #redacted(String)} instead.
 */
final class RedisUrl {

    /** What the workshop accepts, said in every refusal. */
    static final String SUPPORTED = "redis://[user:password@]host[:port][/database]";

    /** scheme://, then user information up to the last '@' before the host. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@");

    private RedisUrl() {
    }

    /** The URL with its password (or a lone secret before the '@') replaced by {@code ***}; the user name stays. */
    static String redacted(String url) {
        Matcher userInfo = USER_INFO.matcher(url);
        if (!userInfo.find()) {
            return url;
        }
        String credentials = userInfo.group(2);
        int colon = credentials.indexOf(':');
        String shown = colon < 0 ? "***" : credentials.substring(0, colon) + ":***";
        return userInfo.group(1) + shown + "@" + url.substring(userInfo.end());
    }

    /** Parses it, or refuses it with a message that names what is supported and never the password. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException malformed) {
            // URI's own message quotes the whole input, password included: not chained, not repeated.
            throw new IllegalArgumentException("REDIS_URL is not a valid URL (" + redacted(url) + "); it must look like " + SUPPORTED);
        }
        if ("rediss".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("REDIS_URL asks for TLS (rediss://), which the workshop does not support: use "
                    + SUPPORTED + " (for a Redis that only speaks TLS, run a local TLS tunnel such as stunnel and point "
                    + "REDIS_URL at its plain end), was " + redacted(url));
        }
        if (!"redis".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("REDIS_URL must look like " + SUPPORTED + ", was " + redacted(url));
        }
        return uri;
    }
}
