package workshop.support.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Commands are named however TCP cuts the stream: here, one byte at a time. */
class CommandReaderTest {

    @Test
    void readsRedisCommandsSplitAnywhere() {
        String stream = "*3\r\n$3\r\nset\r\n$10\r\nproduct:42\r\n$4\r\nab\r\n\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\nPING\r\n*1\r\n$4\r\nEXEC\r\n";
        assertThat(oneByteAtATime(new RespCommandReader(), stream)).containsExactly("SET", "GET", "PING", "EXEC");
    }

    @Test
    void readsMemcachedCommandsAndSkipsTheirData() {
        String stream = "set k 0 60 5\r\nhello\r\nget x\r\nget a b c\r\ndelete k\r\n";
        assertThat(oneByteAtATime(new MemcachedCommandReader(), stream)).containsExactly("set", "get", "get", "delete");
    }

    private static List<String> oneByteAtATime(CommandReader reader, String stream) {
        List<String> names = new ArrayList<>();
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            reader.read(new byte[] {b}, 1, names::add);
        }
        return names;
    }
}
