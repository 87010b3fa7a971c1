package workshop.support.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Memcached's text protocol as a client writes it: one command per line ({@code get product:1 product:2\r\n});
 * storage commands ({@code set key flags exptime bytes\r\n}) are followed by a data block of that many bytes
 * plus {@code \r\n}, which is data, not a command. The command's name is its first word ({@code get}, {@code set}).
 */
final class MemcachedCommandReader implements CommandReader {

    private static final Set<String> STORAGE = Set.of("set", "add", "replace", "append", "prepend", "cas");

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long dataLeft;

    @Override
    public void read(byte[] bytes, int length, Consumer<String> command) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (dataLeft > 0) {
                dataLeft--;
                continue;
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).trim();
                line.reset();
                if (text.isEmpty()) {
                    continue;
                }
                String[] words = text.split("\\s+");
                command.accept(words[0]);
                if (STORAGE.contains(words[0]) && words.length >= 5) {
                    dataLeft = Long.parseLong(words[4]) + 2;
                }
            } else if (b != '\r') {
                line.write(b);
            }
        }
    }
}
