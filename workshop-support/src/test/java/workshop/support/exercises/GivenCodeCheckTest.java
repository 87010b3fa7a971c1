package workshop.support.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stub and its solution may differ in exercise bodies, comments, imports and private helpers, and nowhere else. */
class GivenCodeCheckTest {

    private static final String STUB = """
            package workshop.demo;

            import workshop.support.exercises.Todo;

            /** The stub's words. */
            public final class Reader {

                private final int size;

                public Reader(int size) {
                    this.size = size;
                }

                public int size() {
                    return size;
                }

                /** Read it. README: "Exercise 9.1". */
                public String read(String key) {
                    throw Todo.exercise("9.1", "implement read");
                }
            }
            """;

    @TempDir
    Path root;

    private java.util.List<String> problems(String solution) throws IOException {
        Path stubs = Files.createDirectories(root.resolve("stubs/workshop/demo"));
        Path solutions = Files.createDirectories(root.resolve("solutions/workshop/demo"));
        Files.writeString(stubs.resolve("Reader.java"), STUB);
        Files.writeString(solutions.resolve("Reader.java"), solution);
        return GivenCodeCheck.problems(root.resolve("stubs"), root.resolve("solutions"));
    }

    @Test
    void anAnswerWithItsOwnImportsCommentsAndPrivateHelpersAgreesWithItsStub() throws IOException {
        String solution = STUB.replace("import workshop.support.exercises.Todo;", "import java.util.Locale;")
                .replace("/** The stub's words. */", "/** The solution's words. */")
                .replace("throw Todo.exercise(\"9.1\", \"implement read\");", "return normalized(key);")
                .replace("public String read", "public synchronized String read")
                .replace("    }\n}\n", "    }\n\n    private static String normalized(String key) {\n        return key.toLowerCase(Locale.ROOT);\n    }\n}\n");

        assertThat(problems(solution)).as("differences found between a stub and a solution that differ only in the answer").isEmpty();
    }

    @Test
    void givenCodeThatDriftedIsNamedWithFileAndPart() throws IOException {
        String solution = STUB.replace("return size;", "return size + 1;").replace("String read(String key)", "String read(Object key)");

        assertThat(problems(solution)).as("the drift found in a given method and an exercise's signature").containsExactly(
                "workshop/demo/Reader.java: given code Reader.size() differs: stub `return size;`, solution `return size + 1;`",
                "workshop/demo/Reader.java: Reader.read(String) is in the stub, not in the solution",
                "workshop/demo/Reader.java: Reader.read(Object) is public in the solution, not in the stub");
    }
}
