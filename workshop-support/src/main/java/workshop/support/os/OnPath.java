package workshop.support.os;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a command on the PATH, the way a shell would. */
public final class OnPath {

    private OnPath() {
    }

    /** The first of these names found executable on this process's PATH. */
    public static Optional<Path> find(String... names) {
        return findIn(System.getenv("PATH"), names);
    }

    /** The first of these names found executable in a directory of {@code pathVariable}, directories in order. */
    public static Optional<Path> findIn(String pathVariable, String... names) {
        if (pathVariable == null) {
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
