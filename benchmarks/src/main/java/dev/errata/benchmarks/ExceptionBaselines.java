package dev.errata.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The baselines of exception creation: {@code new RuntimeException(msg)} (with a stack trace), the JDK's own
 * stackless form (as is, and with one or two more fields, which tells what an exception's size costs), and
 * allocating a plain object that carries a code and the message. Called at the same
 * stack depth as the generated catalogs' {@code ExceptionBenchmark}, so stack traces cost the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExceptionBaselines {

    /** What a plain object carrying an error looks like: its code and the message as received. */
    public static final class PlainError {
        private final int code;
        private final String message;

        public PlainError(int code, String message) {
            this.code = code;
            this.message = message;
        }

        public int code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    /** The JDK's own stackless exception: {@code super(message, null, false, false)}. */
    public static final class StacklessException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StacklessException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The JDK's stackless form with one more reference: a {@code Throwable}'s own fields leave four bytes of its
     * 40 free, so it stays 40 bytes.
     */
    public static final class StacklessWithOneField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Object entry;

        public StacklessWithOneField(Object entry, String message) {
            super(message, null, false, false);
            this.entry = entry;
        }

        public Object entry() {
            return entry;
        }
    }

    /** The shape of a generated stackless exception: the entry and the (absent) decoded response, 48 bytes. */
    public static final class StacklessWithTwoFields extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Object entry;
        private Object response;

        public StacklessWithTwoFields(Object entry, String message) {
            super(message, null, false, false);
            this.entry = entry;
        }

        public Object entry() {
            return entry;
        }

        public Object response() {
            return response;
        }
    }

    private static final Object ENTRY = new Object();

    private final int[] codes = Probes.positions(50);
    private int next;

    @Benchmark
    public Object newRuntimeException() {
        return new RuntimeException(Probes.MESSAGE);
    }

    /** A RuntimeException subclass calling {@code super(msg, null, false, false)}: no stack trace. */
    @Benchmark
    public Object newStacklessRuntimeException() {
        return new StacklessException(Probes.MESSAGE);
    }

    /** The stackless form with one reference more: the same 40 bytes. */
    @Benchmark
    public Object newStacklessWithOneField() {
        return new StacklessWithOneField(ENTRY, Probes.MESSAGE);
    }

    /** The stackless form with two references more, as a generated exception has: 48 bytes. */
    @Benchmark
    public Object newStacklessWithTwoFields() {
        return new StacklessWithTwoFields(ENTRY, Probes.MESSAGE);
    }

    @Benchmark
    public Object newPlainObject() {
        return new PlainError(codes[next++ & Probes.MASK], Probes.MESSAGE);
    }
}
