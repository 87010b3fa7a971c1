package workshop.support.proxy;

import java.util.function.Consumer;

/**
 * Reads a client's byte stream, in whatever chunks TCP delivers it, and names each command as it completes.
 * One reader per connection: it keeps its place between chunks.
 */
interface CommandReader {

    /** Feeds the next bytes the client sent; calls {@code command} with the name of every command they complete. */
    void read(byte[] bytes, int length, Consumer<String> command);
}
