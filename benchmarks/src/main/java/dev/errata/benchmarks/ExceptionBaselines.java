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
 * stackless form, and allocating a plain object that carries a code and the message. Called at the same
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

    @Benchmark
    public Object newPlainObject() {
        return new PlainError(codes[next++ & Probes.MASK], Probes.MESSAGE);
    }
}
