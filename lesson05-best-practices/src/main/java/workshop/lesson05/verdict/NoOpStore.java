package workshop.lesson05.verdict;

import java.util.List;

/** The baseline under every figure: the benchmark's own cost, with no client and no server behind the call. */
public final class NoOpStore implements KeyValueStore {

    private final byte[] value;

    public NoOpStore(byte[] value) {
        this.value = value;
    }

    @Override
    public byte[] get(String key) {
        return value;
    }

    @Override
    public void set(String key, byte[] value) {
        // nothing: the call itself is what is measured
    }

    @Override
    public List<byte[]> getMany(List<String> keys) {
        return keys.stream().map(key -> value).toList();
    }

    @Override
    public void close() {
    }
}
