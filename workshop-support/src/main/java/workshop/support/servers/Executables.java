package workshop.support.servers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a command on the PATH, the way a shell would: the servers' binaries, and their own benchmark tools. */
public final class Executables {

    private Executables() {
    }

    /** The first of these commands found on this process's PATH (directory by directory, as a shell looks). */
    public static Optional<Path> onPath(String... names) {
        return find(System.getenv("PATH"), names);
    }

    /** The first of these commands found in the directories that {@code pathVariable} lists. */
    static Optional<Path> find(String pathVariable, String... names) {
        if (pathVariable == null || pathVariable.isBlank()) {
            return Optional.empty();
        }
        for (String directory : pathVariable.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            for (String name : names) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
