package workshop.support.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Memcached, started with command-line arguments (it has no config file): UDP off, the lesson's memory limit. */
record MemcachedRecipe(MemcachedConfig config) implements ServerRecipe {

    @Override
    public ServerKind kind() {
        return ServerKind.MEMCACHED;
    }

    @Override
    public boolean isReady(ServerAddress address) {
        return Probes.memcachedReady(address);
    }

    @Override
    public Optional<Long> pidAt(ServerAddress address) {
        return Probes.memcachedPid(address);
    }

    @Override
    public LocalCommand localCommand() {
        return (directory, port, firstStart) -> {
            List<String> command = new ArrayList<>(List.of("memcached", "-l", "127.0.0.1", "-p", String.valueOf(port)));
            command.addAll(settings());
            // memcached refuses to run as root unless told which user to be (CI machines run as root).
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("-u", "root"));
            }
            return command;
        };
    }

    /** The image's own user runs it, on the container's default port; the host publishes it on 127.0.0.1. */
    @Override
    public List<String> containerCommand() {
        List<String> command = new ArrayList<>(List.of("memcached"));
        command.addAll(settings());
        return command;
    }

    @Override
    public Map<String, String> containerFiles() {
        return Map.of();
    }

    /** The same in both backends: no UDP, the memory limit, the lesson's extra arguments. */
    private List<String> settings() {
        List<String> settings = new ArrayList<>(List.of("-U", "0", "-m", String.valueOf(config.memoryMegabytes())));
        settings.addAll(config.extraArguments());
        return settings;
    }
}
