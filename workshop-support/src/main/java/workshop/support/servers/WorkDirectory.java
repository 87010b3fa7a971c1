package workshop.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A local server's own temporary directory: its config, its data files, its log. */
record WorkDirectory(Path path) {

    private static final int LOG_TAIL_LINES = 15;

    static WorkDirectory create(ServerKind kind) {
        try {
            return new WorkDirectory(Files.createTempDirectory("workshop-" + kind.executable() + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for " + kind.displayName(), e);
        }
    }

    Path resolve(String file) {
        return path.resolve(file);
    }

    /** Where the server's output goes (both streams). */
    Path log() {
        return path.resolve("server.log");
    }

    /** The log's last lines: what a learner needs to see when a server would not start. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    void delete() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A temp directory left behind is harmless; the OS cleans /tmp.
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
