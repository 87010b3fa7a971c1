package workshop.support.servers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Redis, started with a config file: the workshop's safe defaults, then the lesson's directives. */
record RedisRecipe(RedisConfig config) implements ServerRecipe {

    private static final String CONTAINER_CONF = "/data/redis.conf";

    @Override
    public ServerKind kind() {
        return ServerKind.REDIS;
    }

    @Override
    public boolean isReady(ServerAddress address) {
        return Probes.redisReady(address);
    }

    @Override
    public Optional<Long> pidAt(ServerAddress address) {
        return Probes.redisPid(address, config.password());
    }

    @Override
    public LocalCommand localCommand() {
        return (directory, port, firstStart) -> {
            Path file = directory.resolve("redis.conf");
            // Written once: a restart reads it as the server left it, CONFIG REWRITE included.
            if (firstStart) {
                write(file, configFile("127.0.0.1", port, directory.toString()));
            }
            return List.of("redis-server", file.toString());
        };
    }

    @Override
    public List<String> containerCommand() {
        return List.of("redis-server", CONTAINER_CONF);
    }

    @Override
    public Map<String, String> containerFiles() {
        return Map.of(CONTAINER_CONF, configFile("0.0.0.0", kind().containerPort(), "/data"));
    }

    /**
     * The workshop's safe defaults first (one interface, no persistence); the lesson's directives override them.
     * A real file in both backends, so that CONFIG REWRITE can save a setting for the next start.
     */
    private String configFile(String bind, int port, String directory) {
        RedisConfig defaults = new RedisConfig(List.of())
                .with("bind", bind)
                .with("port", String.valueOf(port))
                // In a container Redis listens on all of the container's interfaces; only the host's 127.0.0.1 reaches it.
                .with("protected-mode", bind.equals("127.0.0.1") ? "yes" : "no")
                .with("daemonize", "no")
                .with("dir", directory)
                .with("save", "")
                .with("appendonly", "no")
                // A replica's first sync starts at once, instead of after Redis's default 5 s wait for more replicas.
                .with("repl-diskless-sync-delay", "0")
                .with("logfile", "");
        List<RedisConfig.Directive> all = new ArrayList<>(defaults.directives());
        all.addAll(config.directives());
        return all.stream().map(RedisConfig.Directive::asConfigLine).collect(Collectors.joining("\n", "", "\n"));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
