package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET, SET and a multi-key GET in each server's own bytes: RESP for Redis, the text protocol for Memcached. Both
 * halves have the same shape — write a request, read its answer — so that {@link RawSocketStore} drives either
 * server with identical code, and what differs between them is the server.
 */
public enum WireProtocol {

    /** Redis: {@code *2\r\n$3\r\nGET\r\n$3\r\nkey\r\n} → {@code $5\r\nvalue\r\n} (or {@code $-1} when absent). */
    RESP {
        @Override
        void writeGet(OutputStream out, byte[] key) throws IOException {
            command(out, GET, key);
        }

        @Override
        void writeSet(OutputStream out, byte[] key, byte[] value) throws IOException {
            command(out, SET, key, value);
        }

        @Override
        void writeGetMany(OutputStream out, List<byte[]> keys) throws IOException {
            List<byte[]> arguments = new ArrayList<>(keys.size() + 1);
            arguments.add(MGET);
            arguments.addAll(keys);
            command(out, arguments.toArray(byte[][]::new));
        }

        @Override
        byte[] readValue(InputStream in) throws IOException {
            String header = line(in);
            return switch (header.charAt(0)) {
                case '$' -> bulk(in, Integer.parseInt(header.substring(1)));
                case '-' -> throw new IOException("Redis answered " + header);
                default -> throw new IOException("Not a RESP bulk string: " + header);
            };
        }

        @Override
        List<byte[]> readValues(InputStream in, List<byte[]> keys) throws IOException {
            String header = line(in);
            if (header.charAt(0) != '*') {
                throw new IOException("Not a RESP array: " + header);
            }
            int count = Integer.parseInt(header.substring(1));
            List<byte[]> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(readValue(in));
            }
            return values;
        }

        @Override
        boolean readStored(InputStream in) throws IOException {
            String answer = line(in);
            if (answer.startsWith("-OOM")) {
                return false;
            }
            if (!answer.equals("+OK")) {
                throw new IOException("Redis answered " + answer);
            }
            return true;
        }

        private void command(OutputStream out, byte[]... arguments) throws IOException {
            out.write(('*' + Integer.toString(arguments.length) + "\r\n").getBytes(US_ASCII));
            for (byte[] argument : arguments) {
                out.write(('$' + Integer.toString(argument.length) + "\r\n").getBytes(US_ASCII));
                out.write(argument);
                out.write(CRLF);
            }
        }

        private byte[] bulk(InputStream in, int length) throws IOException {
            if (length < 0) {
                return null;
            }
            byte[] value = exactly(in, length);
            exactly(in, 2);
            return value;
        }
    },

    /** Memcached: {@code get key\r\n} → {@code VALUE key 0 5\r\nvalue\r\nEND\r\n} (or just {@code END} when absent). */
    MEMCACHED_TEXT {
        @Override
        void writeGet(OutputStream out, byte[] key) throws IOException {
            out.write(GET_SPACE);
            out.write(key);
            out.write(CRLF);
        }

        @Override
        void writeSet(OutputStream out, byte[] key, byte[] value) throws IOException {
            out.write(SET_SPACE);
            out.write(key);
            out.write((" 0 0 " + value.length + "\r\n").getBytes(US_ASCII));
            out.write(value);
            out.write(CRLF);
        }

        @Override
        void writeGetMany(OutputStream out, List<byte[]> keys) throws IOException {
            out.write(GET_SPACE);
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.write(' ');
                }
                out.write(keys.get(i));
            }
            out.write(CRLF);
        }

        @Override
        byte[] readValue(InputStream in) throws IOException {
            Map<String, byte[]> found = readUntilEnd(in);
            return found.isEmpty() ? null : found.values().iterator().next();
        }

        @Override
        List<byte[]> readValues(InputStream in, List<byte[]> keys) throws IOException {
            // Memcached answers only the keys it holds, in order: the rest are absent.
            Map<String, byte[]> found = readUntilEnd(in);
            return keys.stream().map(key -> found.get(new String(key, US_ASCII))).toList();
        }

        @Override
        boolean readStored(InputStream in) throws IOException {
            String answer = line(in);
            if (answer.startsWith("SERVER_ERROR")) {
                return false; // e.g. "out of memory storing object": no page for this slab class
            }
            if (!answer.equals("STORED")) {
                throw new IOException("Memcached answered " + answer);
            }
            return true;
        }

        private Map<String, byte[]> readUntilEnd(InputStream in) throws IOException {
            Map<String, byte[]> found = new HashMap<>();
            for (String header = line(in); !header.equals("END"); header = line(in)) {
                String[] parts = header.split(" ");
                if (!parts[0].equals("VALUE") || parts.length < 4) {
                    throw new IOException("Memcached answered " + header);
                }
                found.put(parts[1], exactly(in, Integer.parseInt(parts[3])));
                exactly(in, 2);
            }
            return found;
        }
    };

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] GET = "GET".getBytes(US_ASCII);
    private static final byte[] SET = "SET".getBytes(US_ASCII);
    private static final byte[] MGET = "MGET".getBytes(US_ASCII);
    private static final byte[] GET_SPACE = "get ".getBytes(US_ASCII);
    private static final byte[] SET_SPACE = "set ".getBytes(US_ASCII);

    abstract void writeGet(OutputStream out, byte[] key) throws IOException;

    abstract void writeSet(OutputStream out, byte[] key, byte[] value) throws IOException;

    abstract void writeGetMany(OutputStream out, List<byte[]> keys) throws IOException;

    /** The value of one GET's answer, or null when the key is absent. */
    abstract byte[] readValue(InputStream in) throws IOException;

    /** The values of one multi-key GET's answer, in the order of the keys, null for an absent one. */
    abstract List<byte[]> readValues(InputStream in, List<byte[]> keys) throws IOException;

    /** Whether the server stored a SET (false: it had no memory for it); any other answer is an error. */
    abstract boolean readStored(InputStream in) throws IOException;

    /** One line without its CRLF. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int previous = -1;
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                throw new IOException("The server closed the connection");
            }
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, US_ASCII);
            }
            line.write(b);
            previous = b;
        }
    }

    static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("The server closed the connection after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }
}
