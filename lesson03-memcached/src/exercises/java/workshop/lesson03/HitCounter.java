package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.5, part two: {@code incr} adds to a number on the server, atomically. With a default, the first call
 * creates the counter, so no instance has to "initialise" it first (and race the others doing so). Careful: on an
 * absent key, {@code incr(key, by, default, expiry)} stores and returns {@code default} itself, not
 * {@code default + by}: for a count that starts at 1, the default is 1.
 */
public final class HitCounter {

    private final MemcachedClient memcached;

    public HitCounter(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    /**
     * Counts one hit; returns the count so far (1 for the first), counted by Memcached itself so that no hit from any
     * instance is lost. README: "Exercise 3.5"; hints: {@code hints/3.5.md}.
     */
    public long increment(String key) {
        throw Todo.exercise("3.5", "implement HitCounter.increment(key): count on the server, from 1, without anyone creating the counter first");
    }
}
