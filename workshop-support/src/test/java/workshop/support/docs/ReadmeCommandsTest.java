package workshop.support.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every {@code ./mvnw} command the documents show (READMEs, hints, decks) names only what exists: its profiles in a
 * pom, its modules, its exec executions, its test classes and nested groups, its main classes, its exercises' hints,
 * its mistakes, the files it reads. A self-learner types them verbatim; a renamed module must not leave them behind.
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern COMMAND = Pattern.compile("\\./mvnw((?: +[^ `|&#]+)*)");
    private static final Pattern PROFILE_ID = Pattern.compile("<profile>\\s*<id>([^<]+)</id>");
    private static final Pattern EXECUTION_ID = Pattern.compile("<execution>\\s*<id>([^<]+)</id>");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void everyCommandInTheDocumentsNamesWhatExists() {
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Path document : documents()) {
            List<String> lines = lines(document);
            for (int i = 0; i < lines.size(); i++) {
                Matcher command = COMMAND.matcher(lines.get(i));
                while (command.find()) {
                    commands++;
                    String where = ROOT.relativize(document) + ":" + (i + 1) + " (./mvnw" + command.group(1) + ")";
                    check(command.group(1).strip(), where, problems);
                }
            }
        }
        assertThat(commands).as("./mvnw commands found in the documents").isGreaterThan(100);
        assertThat(problems).as("commands in the documents that name what does not exist").isEmpty();
    }

    private static void check(String arguments, String where, List<String> problems) {
        List<String> words = new ArrayList<>();
        for (String word : arguments.split(" +")) {
            if (!word.isEmpty()) {
                words.add(word.replace("'", "").replace("\"", ""));
            }
        }
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("-pl") && i + 1 < words.size()) {
                modules.addAll(List.of(words.get(i + 1).split(",")));
            }
        }
        for (String module : modules) {
            if (!modules().contains(module)) {
                problems.add(where + ": no module " + module + " (modules: " + modules() + ")");
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.contains("…") || word.contains("<")) {
                continue; // a placeholder the text explains, not a name
            }
            if (word.startsWith("-P")) {
                String list = word.length() > 2 ? word.substring(2) : i + 1 < words.size() ? words.get(i + 1) : "";
                for (String profile : list.split(",")) {
                    if (!profiles().contains(profile)) {
                        problems.add(where + ": no profile " + profile + " in any pom (profiles: " + profiles() + ")");
                    }
                }
            } else if (word.contains(":java@") || word.contains(":exec@")) {
                String execution = word.substring(word.indexOf('@') + 1);
                List<String> poms = modules.isEmpty() ? List.of("pom.xml") : modules.stream().map(module -> module + "/pom.xml").toList();
                if (poms.stream().noneMatch(pom -> ids(EXECUTION_ID, ROOT.resolve(pom)).contains(execution))) {
                    problems.add(where + ": no execution " + execution + " in " + poms);
                }
            } else if (word.startsWith("-Dtest=")) {
                for (String test : word.substring("-Dtest=".length()).split(",")) {
                    checkTest(test, modules, where, problems);
                }
            } else if (word.startsWith("-Dexec.mainClass=")) {
                String path = word.substring("-Dexec.mainClass=".length()).replace('.', '/') + ".java";
                if (modules.stream().noneMatch(module -> Files.isRegularFile(ROOT.resolve(module).resolve("src/main/java").resolve(path)))) {
                    problems.add(where + ": no main class " + path + " in " + modules);
                }
            } else if (word.startsWith("-Dexercise=")) {
                String exercise = word.substring("-Dexercise=".length());
                if (modules().stream().noneMatch(module -> Files.isRegularFile(ROOT.resolve(module).resolve("hints").resolve(exercise + ".md")))) {
                    problems.add(where + ": no hints for exercise " + exercise + " (<lesson>/hints/" + exercise + ".md)");
                }
            } else if (word.startsWith("-Dmistakes.only=")) {
                String prefix = word.substring("-Dmistakes.only=".length());
                if (modules.stream().noneMatch(module -> hasEntryStartingWith(ROOT.resolve("mistakes").resolve(module), prefix))) {
                    problems.add(where + ": no mistake starting with " + prefix + " under mistakes/" + modules);
                }
            } else if (word.startsWith("-Dreadme=")) {
                if (!Files.isRegularFile(ROOT.resolve(word.substring("-Dreadme=".length())))) {
                    problems.add(where + ": no file " + word.substring("-Dreadme=".length()));
                }
            } else if (word.startsWith("-Dbench.mode=") && !Set.of("quick", "full").contains(word.substring("-Dbench.mode=".length()))) {
                problems.add(where + ": bench.mode is quick or full");
            }
        }
    }

    /** {@code Class}, {@code Class$Nested}, {@code Class*} or {@code Prefix*}, {@code Class#method}: the class (and group) must exist. */
    private static void checkTest(String test, List<String> modules, String where, List<String> problems) {
        String name = test.replaceAll("[*#].*$", "");
        String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        List<String> searched = modules.isEmpty() ? List.copyOf(modules()) : modules;
        for (String module : searched) {
            Path tests = ROOT.resolve(module).resolve("src/test/java");
            if (!Files.isDirectory(tests)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(tests)) {
                boolean glob = test.contains("*");
                List<Path> found = files.filter(file -> glob ? file.getFileName().toString().startsWith(outer)
                        : file.getFileName().toString().equals(outer + ".java")).toList();
                if (!found.isEmpty()) {
                    if (name.contains("$") && !Files.readString(found.get(0)).contains("class " + name.substring(name.indexOf('$') + 1) + " ")) {
                        problems.add(where + ": no nested class " + name + " in " + found.get(0));
                    }
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        problems.add(where + ": no test class " + outer + " in " + searched);
    }

    private static boolean hasEntryStartingWith(Path directory, String prefix) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("mistakes/README.md"), ROOT.resolve("slides/README.md")));
        for (String module : modules()) {
            documents.add(ROOT.resolve(module).resolve("README.md"));
            documents.addAll(markdownIn(ROOT.resolve(module).resolve("hints")));
        }
        documents.addAll(markdownIn(ROOT.resolve("slides/decks")));
        return documents.stream().filter(Files::isRegularFile).toList();
    }

    private static List<Path> markdownIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> modules() {
        return ids(MODULE, ROOT.resolve("pom.xml"));
    }

    /** Every profile id of the parent pom and of every module's pom. */
    private static Set<String> profiles() {
        Set<String> profiles = new TreeSet<>(ids(PROFILE_ID, ROOT.resolve("pom.xml")));
        for (String module : ids(MODULE, ROOT.resolve("pom.xml"))) {
            profiles.addAll(ids(PROFILE_ID, ROOT.resolve(module).resolve("pom.xml")));
        }
        return profiles;
    }

    private static Set<String> ids(Pattern pattern, Path pom) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = pattern.matcher(String.join("\n", lines(pom)));
        while (matcher.find()) {
            ids.add(matcher.group(1).strip());
        }
        return ids;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
