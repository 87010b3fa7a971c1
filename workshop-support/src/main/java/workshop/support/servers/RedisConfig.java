package workshop.support.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The redis.conf directives a lesson asks for on top of the workshop's safe defaults (loopback only, no
 * persistence). Immutable: each method returns a new config.
 *
 * <pre>{@code
 * RedisConfig.defaults().maxmemory("2mb", "allkeys-lru")
 * RedisConfig.defaults().appendOnly()
 * RedisConfig.defaults().requirePass("s3cret").aclUser("app", "on", ">app-pass", "~app:*", "+get", "+set")
 * }</pre>
 */
public record RedisConfig(List<Directive> directives) {

    /** One line of redis.conf: a name and its arguments, e.g. {@code maxmemory-policy allkeys-lru}. */
    public record Directive(String name, List<String> args) {

        public Directive {
            if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("Not a redis.conf directive name: " + name);
            }
            args = List.copyOf(args);
        }

        /** As a line of redis.conf, with every argument quoted so spaces and empty strings survive. */
        String asConfigLine() {
            return name + args.stream().map(Directive::quote).collect(Collectors.joining(" ", " ", ""));
        }

        private static String quote(String arg) {
            return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    public RedisConfig {
        directives = List.copyOf(directives);
    }

    public static RedisConfig defaults() {
        return new RedisConfig(List.of());
    }

    /** Any directive; the later of two with the same name wins, as in redis.conf. */
    public RedisConfig with(String name, String... args) {
        List<Directive> more = new ArrayList<>(directives);
        more.add(new Directive(name, List.of(args)));
        return new RedisConfig(more);
    }

    /** A memory limit, and what Redis does when it is reached (e.g. {@code allkeys-lru}, {@code noeviction}). */
    public RedisConfig maxmemory(String limit, String policy) {
        return with("maxmemory", limit).with("maxmemory-policy", policy);
    }

    /** The append-only file, synced on every write: data survives a restart, and even a kill. */
    public RedisConfig appendOnly() {
        return with("appendonly", "yes").with("appendfsync", "always");
    }

    /** RDB snapshots: data is saved on a graceful shutdown and restored on the next start (not after a kill). */
    public RedisConfig snapshots() {
        return with("save", "3600 1");
    }

    /** A password for the default user: clients must AUTH. */
    public RedisConfig requirePass(String password) {
        return with("requirepass", password);
    }

    /** An ACL user, e.g. {@code aclUser("app", "on", ">pass", "~app:*", "+get", "+set")}. */
    public RedisConfig aclUser(String user, String... rules) {
        List<String> args = new ArrayList<>();
        args.add(user);
        args.addAll(List.of(rules));
        return with("user", args.toArray(String[]::new));
    }

    /** The default user's password, if {@link #requirePass} was set (the last one wins). */
    public Optional<String> password() {
        return directives.stream()
                .filter(directive -> directive.name().equals("requirepass"))
                .reduce((first, second) -> second)
                .map(directive -> directive.args().get(0));
    }

    public boolean isDefault() {
        return directives.isEmpty();
    }
}
