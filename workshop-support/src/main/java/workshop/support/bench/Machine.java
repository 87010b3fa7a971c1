package workshop.support.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One line that says what a benchmark ran on, because a number without its machine means little. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return "Machine: %s, %d cores, %s %s (%s), Java %s (%s)".formatted(cpu(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String cpu() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(line -> line.startsWith("model name")).findFirst()
                        .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
            } catch (IOException | java.io.UncheckedIOException e) {
                return "unknown CPU";
            }
        }
        return "unknown CPU";
    }
}
