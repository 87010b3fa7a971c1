package workshop.support.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Everything a run could change on a server: for Redis every key's type, serialized value ({@code DUMP}, byte for
 * byte) and absolute expiry ({@code PEXPIRETIME}), plus its configuration and ACL users; for Memcached every key
 * with its absolute expiry, CAS (it changes on any rewrite, even with the same value) and size. Two snapshots equal:
 * the server was left exactly as found.
 */
public record ServerSnapshot(Map<String, String> entries) {

    public int size() {
        return entries.size();
    }

    public static ServerSnapshot of(RedisServer redis) {
        Map<String, String> entries = new TreeMap<>();
        try (RedisClient client = redis.newClient()) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, new ScanParams().count(1_000));
                for (String key : page.getResult()) {
                    byte[] dump = client.dump(key);
                    if (dump != null) { // gone between SCAN and DUMP: expired
                        entries.put("key " + key, client.type(key) + " " + Base64.getEncoder().encodeToString(dump)
                                + " expires " + client.pexpireTime(key));
                    }
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            client.configGet("*").forEach((name, value) -> entries.put("config " + name, value));
            Object users = SafeEncoder.encodeObject(client.sendCommand(Protocol.Command.ACL, "LIST"));
            ((List<?>) users).forEach(user -> entries.put("acl " + user.toString().split(" ")[1], user.toString()));
        }
        return new ServerSnapshot(entries);
    }

    public static ServerSnapshot of(MemcachedServer memcached) {
        Map<String, String> entries = new TreeMap<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(memcached.host(), memcached.port()), 2_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write("lru_crawler metadump all\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = in.readLine();
            for (; line != null && line.startsWith("key="); line = in.readLine()) {
                // key=… exp=… la=… cas=… fetch=… cls=… size=…: la and fetch change on a mere read, the rest on a write.
                StringBuilder written = new StringBuilder();
                String key = null;
                for (String field : line.split(" ")) {
                    if (field.startsWith("key=")) {
                        key = field.substring(4);
                    } else if (field.startsWith("exp=") || field.startsWith("cas=") || field.startsWith("size=")) {
                        written.append(field).append(' ');
                    }
                }
                entries.put("key " + key, written.toString().trim());
            }
            if (!"END".equals(line)) {
                throw new IllegalStateException("Memcached at " + memcached.address() + " would not list its keys: " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the keys of " + memcached, e);
        }
        return new ServerSnapshot(entries);
    }
}
