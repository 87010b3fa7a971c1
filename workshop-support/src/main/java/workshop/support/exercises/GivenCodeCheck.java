package workshop.support.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;

/**
 * For maintainers: an exercise file exists twice, as the learner's stub and as its solution, and everything but the
 * exercise bodies is given code that must be the same in both. This check compares the two as parsed code (so
 * comments, Javadoc, imports and layout may differ): the package, every type's declaration, and every member of the
 * stub, which the solution must hold unchanged. An exercise method or constructor (its stub body throws
 * {@code Todo.exercise(…)}) is compared by its signature only (but {@code synchronized}: how the answer guards its
 * state); the solution may add members that are not public (its answer's fields and helpers: tests, compiled against
 * the stubs too, cannot use them), nothing the learner would not see.
 *
 * <p>Run by the honesty check; alone: {@code java -cp workshop-support/target/classes
 * workshop.support.exercises.GivenCodeCheck <lesson-module>...} from the repository's root.
 */
public final class GivenCodeCheck {

    private static final String EXERCISE_BODY = "Todo.exercise(";

    private GivenCodeCheck() {
    }

    public static void main(String[] modules) {
        int problems = 0;
        for (String module : modules) {
            List<String> found = problems(Path.of(module, "src", "exercises", "java"), Path.of("solutions", module));
            System.out.print(summary(module, Path.of(module, "src", "exercises", "java"), found));
            problems += found.size();
        }
        System.exit(problems == 0 ? 0 : 1);
    }

    /** One line, then the problems, if any. */
    static String summary(String module, Path stubs, List<String> problems) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: given code, %d stub/solution pairs, %s%n",
                module, javaFiles(stubs).size(), problems.isEmpty() ? "the same outside the exercise bodies" : problems.size() + " difference(s):"));
        problems.forEach(problem -> out.append("  - ").append(problem).append('\n'));
        return out.toString();
    }

    /** Every difference in given code between the stubs and the solutions, as "file: what differs". */
    static List<String> problems(Path stubs, Path solutions) {
        List<String> problems = new ArrayList<>();
        TreeSet<Path> files = new TreeSet<>(javaFiles(stubs));
        for (Path file : javaFiles(solutions)) {
            if (!files.contains(file)) {
                problems.add(file + ": a solution with no stub (" + stubs.resolve(file) + ")");
            }
        }
        for (Path file : files) {
            if (!Files.exists(solutions.resolve(file))) {
                problems.add(file + ": a stub with no solution (" + solutions.resolve(file) + ")");
                continue;
            }
            compare(file, parse(stubs.resolve(file)), parse(solutions.resolve(file))).forEach(problem -> problems.add(file + ": " + problem));
        }
        return problems;
    }

    private static List<String> compare(Path file, CompilationUnitTree stub, CompilationUnitTree solution) {
        List<String> problems = new ArrayList<>();
        if (!String.valueOf(stub.getPackageName()).equals(String.valueOf(solution.getPackageName()))) {
            problems.add("package " + stub.getPackageName() + " in the stub, " + solution.getPackageName() + " in the solution");
        }
        compareTypes("", types(stub.getTypeDecls()), types(solution.getTypeDecls()), problems);
        return problems;
    }

    private static void compareTypes(String outer, Map<String, ClassTree> stub, Map<String, ClassTree> solution, List<String> problems) {
        stub.forEach((name, stubType) -> {
            ClassTree solutionType = solution.get(name);
            if (solutionType == null) {
                problems.add("type " + outer + name + " is in the stub, not in the solution");
            } else {
                compareType(outer + name, stubType, solutionType, problems);
            }
        });
        solution.keySet().stream().filter(name -> !stub.containsKey(name) && isPublic(solution.get(name)))
                .forEach(name -> problems.add("type " + outer + name + " is public in the solution, not in the stub"));
    }

    private static void compareType(String name, ClassTree stub, ClassTree solution, List<String> problems) {
        if (!header(stub).equals(header(solution))) {
            problems.add("the declaration of " + name + ": stub `" + header(stub) + "`, solution `" + header(solution) + "`");
        }
        Map<String, Tree> stubMembers = members(stub);
        Map<String, Tree> solutionMembers = members(solution);
        stubMembers.forEach((key, member) -> {
            Tree other = solutionMembers.get(key);
            if (other == null) {
                problems.add(name + "." + key + " is in the stub, not in the solution");
            } else if (isExercise(member)) {
                if (!signature((MethodTree) member).equals(signature((MethodTree) other))) {
                    problems.add("the exercise " + name + "." + key + " is declared `" + signature((MethodTree) member)
                            + "` in the stub, `" + signature((MethodTree) other) + "` in the solution");
                }
            } else if (!member.toString().equals(other.toString())) {
                problems.add("given code " + name + "." + key + " differs: " + firstDifference(member.toString(), other.toString()));
            }
        });
        solutionMembers.forEach((key, member) -> {
            if (!stubMembers.containsKey(key) && isPublic(member)) {
                problems.add(name + "." + key + " is public in the solution, not in the stub");
            }
        });
        compareTypes(name + ".", types(stub.getMembers()), types(solution.getMembers()), problems);
    }

    /** A type's declaration without its body: modifiers, kind, name, type parameters, supertypes. */
    private static String header(ClassTree type) {
        String text = type.toString();
        int body = text.indexOf('{');
        return (body < 0 ? text : text.substring(0, body)).replaceAll("\\s+", " ").strip();
    }

    private static String signature(MethodTree method) {
        return (method.getModifiers().toString().replace("synchronized ", "") + " " + (method.getReturnType() == null ? "" : method.getReturnType() + " ") + method.getName()
                + "(" + method.getParameters() + ") throws " + method.getThrows() + " " + method.getTypeParameters())
                .replaceAll("\\s+", " ").strip();
    }

    private static boolean isExercise(Tree member) {
        return member instanceof MethodTree method && method.getBody() != null && method.getBody().toString().contains(EXERCISE_BODY);
    }

    private static boolean isPublic(Tree member) {
        ModifiersTree modifiers = member instanceof MethodTree method ? method.getModifiers()
                : member instanceof VariableTree field ? field.getModifiers()
                : member instanceof ClassTree type ? type.getModifiers() : null;
        return modifiers != null && modifiers.getFlags().contains(Modifier.PUBLIC);
    }

    /** Fields, methods, constructors and initializers by a key that names them (nested types apart). */
    private static Map<String, Tree> members(ClassTree type) {
        Map<String, Tree> members = new LinkedHashMap<>();
        int blocks = 0;
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree method) {
                members.put(method.getName() + "(" + method.getParameters().stream()
                        .map(parameter -> String.valueOf(parameter.getType())).reduce((a, b) -> a + ", " + b).orElse("") + ")", method);
            } else if (member instanceof VariableTree field) {
                members.put(field.getName().toString(), field);
            } else if (member instanceof BlockTree block) {
                members.put("initializer " + ++blocks, block);
            }
        }
        return members;
    }

    private static Map<String, ClassTree> types(List<? extends Tree> trees) {
        Map<String, ClassTree> types = new LinkedHashMap<>();
        trees.stream().filter(ClassTree.class::isInstance).map(ClassTree.class::cast).forEach(type -> types.put(type.getSimpleName().toString(), type));
        return types;
    }

    private static String firstDifference(String stub, String solution) {
        String[] a = stub.strip().split("\n");
        String[] b = solution.strip().split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i].strip() : "(nothing)";
            String y = i < b.length ? b[i].strip() : "(nothing)";
            if (!x.equals(y)) {
                return "stub `" + x + "`, solution `" + y + "`";
            }
        }
        return "(only in layout)";
    }

    private static CompilationUnitTree parse(Path file) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler in this JVM (" + System.getProperty("java.home") + "): the given-code check needs a JDK");
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file);
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
            return task.parse().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + file, e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }
}
