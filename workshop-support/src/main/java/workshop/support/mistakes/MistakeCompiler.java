package workshop.support.mistakes;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a mistake's files in this JVM (javax.tools), against the lesson's solution classes and this JVM's
 * class path: one warm compiler for every mistake, instead of a Maven build each.
 */
final class MistakeCompiler {

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files;
    private final List<File> classPath;

    MistakeCompiler(Path solutionClasses) {
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler in this JVM (" + System.getProperty("java.home")
                    + "): the mistakes check needs a JDK, not a JRE");
        }
        files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        classPath = Stream.concat(Stream.of(solutionClasses.toString()),
                        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)))
                .map(File::new).toList();
    }

    /** Compiles a mistake's patched sources into {@code output}; throws with javac's messages when they do not compile. */
    void compile(List<Path> sources, Path output) {
        try {
            Files.createDirectories(output);
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
            files.setLocation(StandardLocation.CLASS_PATH, classPath);
            var units = files.getJavaFileObjectsFromPaths(sources);
            StringWriter messages = new StringWriter();
            boolean compiled = compiler.getTask(messages, files, null,
                    List.of("-proc:none", "-nowarn", "-encoding", "UTF-8", "--release", "17"), null, units).call();
            if (!compiled) {
                throw new IllegalStateException("does not compile:\n" + messages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile " + sources + " into " + output, e);
        }
    }
}
