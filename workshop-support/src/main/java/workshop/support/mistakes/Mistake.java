package workshop.support.mistakes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One catalogued mistake: a patch to an exercise's solution file(s), in {@code mistakes/<lesson>/<N.M>-<slug>/}:
 * its {@code mistake.properties} and {@code mistake.patch}.
 *
 * @param id          the folder's name, e.g. {@code 2.6-set-loop}
 * @param exercise    the exercise it gets wrong, e.g. {@code 2.6}
 * @param description the wrong idea, in one line
 * @param expect      words the first failure message of the exercise's tests must contain (any case)
 * @param copies      {@code .java} files in the folder, relative to it: whole copies of solution files, the format
 *                    before patches, which {@link ConvertToPatches} turns into {@code mistake.patch}
 */
record Mistake(String id, Path folder, String exercise, String description, String expect, List<Path> copies) {

    static final String PROPERTIES = "mistake.properties";
    static final String PATCH = "mistake.patch";

    static Mistake read(Path folder) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve(PROPERTIES), StandardCharsets.UTF_8);
             Stream<Path> files = Files.walk(folder)) {
            properties.load(reader);
            List<Path> copies = files.filter(file -> file.toString().endsWith(".java")).map(folder::relativize).sorted().toList();
            return new Mistake(folder.getFileName().toString(), folder, required(properties, "exercise", folder),
                    required(properties, "description", folder), required(properties, "expect", folder), copies);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mistake in " + folder, e);
        }
    }

    /** Every mistake of a lesson, in folder order (its exercise first: 1.1-…, 1.2-…). */
    static List<Mistake> readAll(Path lessonMistakes) {
        if (!Files.isDirectory(lessonMistakes)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(lessonMistakes)) {
            return folders.filter(folder -> Files.exists(folder.resolve(PROPERTIES))).sorted().map(Mistake::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the mistakes in " + lessonMistakes, e);
        }
    }

    Path patch() {
        return folder.resolve(PATCH);
    }

    /** True when the message says what the catalogue promised: its expected words, any case, any spacing. */
    boolean saidBy(String message) {
        return normalized(message).contains(normalized(expect));
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String required(Properties properties, String key, Path folder) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(folder.resolve(PROPERTIES) + " has no " + key + "=");
        }
        return value;
    }
}
