package workshop.support.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Redis's wire protocol (RESP) as a client writes it: each command is an array of bulk strings
 * ({@code *2\r\n$3\r\nGET\r\n$10\r\nproduct:42\r\n}), or an inline line ({@code PING\r\n}). The command's
 * name is its first element, upper-cased ({@code SET}, {@code EXEC}).
 */
final class RespCommandReader implements CommandReader {

    private enum State { START, ARRAY_HEADER, INLINE, BULK_HEADER, BULK_BODY }

    private State state = State.START;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ByteArrayOutputStream name = new ByteArrayOutputStream();
    private long elementsLeft;
    private long bodyLeft;
    private boolean firstElement;

    @Override
    public void read(byte[] bytes, int length, Consumer<String> command) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            switch (state) {
                case START -> {
                    if (b == '*') {
                        state = State.ARRAY_HEADER;
                    } else if (b != '\r' && b != '\n') {
                        state = State.INLINE;
                        line.write(b);
                    }
                }
                case ARRAY_HEADER -> {
                    if (endOfLine(b)) {
                        elementsLeft = number();
                        firstElement = true;
                        state = elementsLeft > 0 ? State.BULK_HEADER : State.START;
                    }
                }
                case INLINE -> {
                    if (endOfLine(b)) {
                        String text = line.toString(StandardCharsets.UTF_8).trim();
                        line.reset();
                        state = State.START;
                        if (!text.isEmpty()) {
                            command.accept(text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT));
                        }
                    }
                }
                case BULK_HEADER -> {
                    if (endOfLine(b)) {
                        // the "$<length>" line; the body is that many bytes plus its \r\n
                        bodyLeft = number() + 2;
                        state = State.BULK_BODY;
                    }
                }
                case BULK_BODY -> {
                    if (firstElement && bodyLeft > 2) {
                        name.write(b);
                    }
                    if (--bodyLeft == 0) {
                        if (firstElement) {
                            command.accept(name.toString(StandardCharsets.UTF_8).toUpperCase(Locale.ROOT));
                            name.reset();
                            firstElement = false;
                        }
                        state = --elementsLeft > 0 ? State.BULK_HEADER : State.START;
                    }
                }
            }
        }
    }

    /** Collects a header line byte by byte; true at its final \n. */
    private boolean endOfLine(byte b) {
        if (b == '\n') {
            return true;
        }
        if (b != '\r') {
            line.write(b);
        }
        return false;
    }

    private long number() {
        String text = line.toString(StandardCharsets.US_ASCII).trim();
        line.reset();
        if (text.startsWith("$") || text.startsWith("*")) {
            text = text.substring(1);
        }
        return Long.parseLong(text);
    }
}
