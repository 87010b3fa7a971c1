package workshop.support.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a README's sample outputs honest, as {@link ReadmeSnippets} keeps its code: a code block placed right after
 * {@code <!-- transcript: http://localhost:7072 -->} is a terminal session, {@code $ curl …} lines each followed by
 * the output the README promises. A lesson's test starts the app and replays the session against it, in order;
 * every promised line must be what the app answers (headers the README leaves out are not checked).
 *
 * <p>The curl options understood are the ones the READMEs use: {@code -s -i -X -d -H -o /dev/null -w '%{http_code} '},
 * and a URL range such as {@code ?n=[1-25]} (one request per number, as curl does). A trailing {@code # comment}
 * and {@code ; echo} are ignored. Only outputs that do not vary from run to run belong in a transcript; where a
 * part of a line does vary (a time), the README writes {@code …} in its place, which matches any text, and says in
 * words what varies.
 *
 * <p>A marker may name several bases (two instances of an app), and a label in parentheses says which app the session
 * runs against when a README starts it more than one way: {@code <!-- transcript: http://localhost:7070 (no cache) -->}.
 *
 * <p>A demo's printed output, in a code block after {@code <!-- output: name -->}, is checked against what the demo
 * prints ({@link #outputMismatches}): line by line, with decimal numbers (times) free to differ.
 */
public final class ReadmeTranscripts {

    private static final Pattern MARKER = Pattern.compile("^<!-- transcript: (\\S+(?: \\S+)*?)(?: \\(([^)]+)\\))? -->$");
    private static final Pattern OUTPUT_MARKER = Pattern.compile("^<!-- output: (\\S+) -->$");
    private static final Pattern DECIMAL = Pattern.compile("\\d[\\d,]*\\.\\d+");
    private static final String VARIES = "…";
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+)-(\\d+)]");
    private static final Pattern HEADER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*): (.*)$");

    private ReadmeTranscripts() {
    }

    /** Where the app a README's session talks to really runs: its actual base for a base the README names. */
    @FunctionalInterface
    public interface Apps {

        /**
         * The actual base (e.g. http://127.0.0.1:54321) of {@code readmeBase}, in transcripts labelled {@code label}
         * ("" for none); null when that app is not running (e.g. on the stubs): the transcript is then only parsed.
         */
        String actualBase(String label, String readmeBase);
    }

    /**
     * How to replay: where each app runs, headers to add to the requests of the {@code n}th command (from 1), and
     * what to wait for before the {@code n}th command (what a person typing the session would have waited for).
     */
    public record Replay(Apps apps, IntFunction<Map<String, String>> headers, IntConsumer beforeCommand) {

        /** Every transcript against one app. */
        public static Replay at(String actualBase) {
            return at((label, readmeBase) -> actualBase);
        }

        public static Replay at(Apps apps) {
            return new Replay(apps, command -> Map.of(), command -> { });
        }

        public Replay withHeaders(IntFunction<Map<String, String>> perCommand) {
            return new Replay(apps, perCommand, beforeCommand);
        }

        public Replay before(IntConsumer waitBeforeCommand) {
            return new Replay(apps, headers, waitBeforeCommand);
        }
    }

    /**
     * Replays every transcript of this README against the app at {@code actualBase} (e.g. http://127.0.0.1:54321),
     * in place of the base the marker names; returns what differs, one line per difference (empty: all true).
     */
    public static List<String> mismatches(Path readme, String actualBase) {
        return mismatches(readme, Replay.at(actualBase));
    }

    /**
     * Without an app to ask (on the stubs, whose app answers 501 until the exercises are done): what in the
     * transcripts could not be replayed at all (a command that is not curl, an option or URL it does not know).
     */
    public static List<String> unreplayable(Path readme) {
        return mismatches(readme, (Replay) null);
    }

    /**
     * As above, with headers added to the requests of the {@code n}th command (from 1): e.g. a client id of its
     * own per command, where a person typing the session would be seconds apart and a rate limiter's window would
     * have passed.
     */
    public static List<String> mismatches(Path readme, String actualBase, IntFunction<Map<String, String>> extraHeaders) {
        return mismatches(readme, Replay.at(actualBase).withHeaders(extraHeaders));
    }

    /** Replays every transcript of this README as {@code replay} says (null: a dry run); returns what differs. */
    public static List<String> mismatches(Path readme, Replay replay) {
        List<String> lines = read(readme);
        List<String> problems = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        int transcripts = 0;
        int commands = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            transcripts++;
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                problems.add("README line " + (i + 1) + ": a transcript marker must be followed by a code block");
                continue;
            }
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            String label = marker.group(2) == null ? "" : marker.group(2);
            Map<String, String> bases = new java.util.LinkedHashMap<>();
            boolean running = true;
            for (String readmeBase : marker.group(1).split(" ")) {
                String actualBase = replay == null ? null : replay.apps().actualBase(label, readmeBase);
                bases.put(readmeBase, actualBase == null ? readmeBase : actualBase);
                running = running && actualBase != null;
            }
            commands = replay(lines.subList(i + 2, end), i + 3, bases, running ? replay : null, http, problems, commands);
        }
        if (transcripts == 0) {
            problems.add(readme + " has no <!-- transcript: … --> marker: nothing was checked");
        }
        return problems;
    }

    /**
     * The code block after {@code <!-- output: name -->} against what the demo printed: the same lines, in order, but
     * for decimal numbers (times, which vary from run to run) and the width of runs of spaces. One line per difference.
     */
    public static List<String> outputMismatches(Path readme, String name, List<String> printed) {
        List<String> lines = read(readme);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = OUTPUT_MARKER.matcher(lines.get(i));
            if (!marker.matches() || !marker.group(1).equals(name)) {
                continue;
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                problems.add("README line " + (i + 1) + ": an output marker must be followed by a code block");
                return problems;
            }
            List<String> promised = new ArrayList<>();
            for (int line = i + 2; line < lines.size() && !lines.get(line).startsWith("```"); line++) {
                promised.add(lines.get(line));
            }
            List<String> expected = promised.stream().filter(line -> !line.isBlank()).map(ReadmeTranscripts::withoutDecimals).toList();
            List<String> actual = printed.stream().filter(line -> !line.isBlank()).map(ReadmeTranscripts::withoutDecimals).toList();
            for (int line = 0; line < Math.max(expected.size(), actual.size()); line++) {
                String promisedLine = line < expected.size() ? expected.get(line) : "(nothing)";
                String printedLine = line < actual.size() ? actual.get(line) : "(nothing)";
                if (!promisedLine.equals(printedLine)) {
                    problems.add("output \"" + name + "\", line " + (line + 1) + ": promised «" + promisedLine + "», the demo printed «" + printedLine + "»");
                }
            }
            return problems;
        }
        problems.add(readme + " has no <!-- output: " + name + " --> marker: nothing was checked");
        return problems;
    }

    private static String withoutDecimals(String line) {
        return DECIMAL.matcher(line.strip()).replaceAll("#.#").replaceAll("\\s+", " ");
    }

    private static int replay(List<String> block, int firstLineNumber, Map<String, String> bases, Replay replay, HttpClient http,
                              List<String> problems, int commandsSoFar) {
        int command = commandsSoFar;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (!line.startsWith("$ ")) {
                continue;
            }
            List<String> promised = new ArrayList<>();
            int next = i + 1;
            while (next < block.size() && !block.get(next).startsWith("$ ")) {
                if (!block.get(next).isBlank()) {
                    promised.add(block.get(next));
                }
                next++;
            }
            int lineNumber = firstLineNumber + i;
            command++;
            try {
                Curl curl = Curl.parse(line.substring(2), bases);
                if (replay == null) {
                    continue; // parsed: that is all a dry run checks
                }
                replay.beforeCommand().accept(command);
                curl.headers().putAll(replay.headers().apply(command));
                List<String> differences = curl.check(http, promised);
                differences.forEach(difference -> problems.add("README line " + lineNumber + " (" + line.strip() + "): " + difference));
            } catch (IllegalArgumentException e) {
                problems.add("README line " + lineNumber + ": " + e.getMessage());
            }
        }
        return command;
    }

    /** One {@code curl} command line, as far as the READMEs use curl. */
    record Curl(String method, String url, String body, Map<String, String> headers, boolean includeHeaders, String writeOut) {

        static Curl parse(String commandLine, Map<String, String> bases) {
            List<String> words = words(commandLine);
            if (words.isEmpty() || !words.get(0).equals("curl")) {
                throw new IllegalArgumentException("a transcript runs curl only, was: " + commandLine);
            }
            String method = null;
            String url = null;
            String body = null;
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            boolean include = false;
            String writeOut = null;
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "-s", "--silent" -> { }
                    case "-i", "--include" -> include = true;
                    case "-X" -> method = words.get(++i);
                    case "-d", "--data" -> body = words.get(++i);
                    case "-H" -> {
                        String[] header = words.get(++i).split(":\\s*", 2);
                        headers.put(header[0], header[1]);
                    }
                    case "-o" -> {
                        if (!words.get(++i).equals("/dev/null")) {
                            throw new IllegalArgumentException("curl -o other than /dev/null: " + commandLine);
                        }
                    }
                    case "-w" -> writeOut = words.get(++i);
                    default -> {
                        if (word.startsWith("-")) {
                            throw new IllegalArgumentException("a curl option transcripts do not know: " + word);
                        }
                        String readmeBase = bases.keySet().stream().filter(word::startsWith).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("a URL outside " + bases.keySet() + ": " + word));
                        url = bases.get(readmeBase) + word.substring(readmeBase.length());
                    }
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("curl without a URL: " + commandLine);
            }
            return new Curl(method != null ? method : body != null ? "POST" : "GET", url, body, headers, include, writeOut);
        }

        /** Words as a shell splits them: single and double quotes group, an unquoted # starts a comment, ; ends it. */
        static List<String> words(String commandLine) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (int i = 0; i < commandLine.length(); i++) {
                char c = commandLine.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else if ((c == '#' && word == null) || c == ';') {
                    break;
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }

        List<String> check(HttpClient http, List<String> promised) {
            List<String> urls = expand(url);
            StringBuilder written = new StringBuilder();
            HttpResponse<String> last = null;
            for (String each : urls) {
                last = send(http, each);
                if (writeOut != null) {
                    written.append(writeOut.replace("%{http_code}", Integer.toString(last.statusCode())));
                }
            }
            if (writeOut != null) {
                return compare(List.of(written.toString().strip()), promised);
            }
            List<String> actual = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (String line : promised) {
                Matcher header = HEADER.matcher(line);
                if (includeHeaders && line.startsWith("HTTP/")) {
                    expected.add(line);
                    actual.add("HTTP/1.1 " + last.statusCode() + " " + reason(last.statusCode()));
                } else if (includeHeaders && header.matches()) {
                    expected.add(line);
                    actual.add(header.group(1) + ": " + header(last.headers(), header.group(1)));
                }
            }
            String promisedBody = promised.stream().filter(line -> !(includeHeaders && (line.startsWith("HTTP/") || HEADER.matcher(line).matches())))
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            expected.add(promisedBody);
            actual.add(last.body().strip());
            return compare(actual, expected);
        }

        private static List<String> compare(List<String> actual, List<String> expected) {
            List<String> differences = new ArrayList<>();
            if (actual.size() != expected.size()) {
                differences.add("promised " + expected + ", the app gave " + actual);
                return differences;
            }
            for (int i = 0; i < actual.size(); i++) {
                if (!matches(expected.get(i), actual.get(i))) {
                    differences.add("promised «" + expected.get(i) + "», the app gave «" + actual.get(i) + "»");
                }
            }
            return differences;
        }

        /** Equal, but for each {@code …} in the promise, which stands for any text (what varies from run to run). */
        static boolean matches(String promised, String actual) {
            if (!promised.contains(VARIES)) {
                return promised.equals(actual);
            }
            StringBuilder regex = new StringBuilder();
            for (String part : promised.split(VARIES, -1)) {
                regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
        }

        private static String header(HttpHeaders headers, String name) {
            return headers.firstValue(name.toLowerCase(Locale.ROOT)).orElse("(none)");
        }

        private HttpResponse<String> send(HttpClient http, String target) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not reach the app at " + target, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** curl's URL globbing, for one numeric range: {@code ?n=[1-3]} is three URLs. */
        static List<String> expand(String url) {
            Matcher range = RANGE.matcher(url);
            if (!range.find()) {
                return List.of(url);
            }
            List<String> urls = new ArrayList<>();
            for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                urls.add(url.substring(0, range.start()) + n + url.substring(range.end()));
            }
            return urls;
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 201 -> "Created";
                case 204 -> "No Content";
                case 304 -> "Not Modified";
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                case 404 -> "Not Found";
                case 405 -> "Method Not Allowed";
                case 409 -> "Conflict";
                case 429 -> "Too Many Requests";
                case 503 -> "Service Unavailable";
                default -> "";
            };
        }
    }

    private static List<String> read(Path readme) {
        try {
            return Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + readme, e);
        }
    }
}
