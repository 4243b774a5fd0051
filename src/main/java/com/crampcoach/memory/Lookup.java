package com.crampcoach.memory;

import java.util.function.Function;

/**
 * What a read of stored data found: the value, nothing stored, or no answer (the store was slow or down).
 * An outage is never taken for "nothing stored": a caller has to say which of the three it handles.
 *
 * @param <T> what was read
 */
public sealed interface Lookup<T> {

    /** Something was stored, and this is it. */
    record Found<T>(T value) implements Lookup<T> {
    }

    /** The store answered: nothing is stored. */
    record None<T>() implements Lookup<T> {
    }

    /** The store did not answer in time, or answered with an error: what is stored is unknown. */
    record Failed<T>(String reason) implements Lookup<T> {
    }

    static <T> Lookup<T> found(T value) {
        return new Found<>(value);
    }

    static <T> Lookup<T> none() {
        return new None<>();
    }

    static <T> Lookup<T> failed(String reason) {
        return new Failed<>(reason);
    }

    default boolean failed() {
        return this instanceof Failed;
    }

    /** The value found, {@code ifNone} when nothing is stored; a failed read must be handled before this. */
    default T orIfNone(T ifNone) {
        if (this instanceof Found<T> found) {
            return found.value();
        }
        if (this instanceof Failed<T> failed) {
            throw new IllegalStateException("the read failed: " + failed.reason());
        }
        return ifNone;
    }

    default <R> Lookup<R> map(Function<T, R> function) {
        if (this instanceof Found<T> found) {
            return new Found<>(function.apply(found.value()));
        }
        return this instanceof Failed<T> failed ? new Failed<>(failed.reason()) : new None<>();
    }
}
