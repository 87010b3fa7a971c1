package workshop.support.servers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Starts a main class of this module in a JVM of its own, for tests about what happens when a JVM dies. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> main, Consumer<Map<String, String>> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
        environment.accept(builder.environment());
        return builder.start();
    }
}
