package dev.errata.benchmarks;

import dev.errata.benchmarks.seeds.oma.OmaBatchResult;
import dev.errata.benchmarks.seeds.oma.OmaErrors;
import dev.errata.benchmarks.seeds.openx.OpenxErrors;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding the worst bodies a hostile or broken server can send within the 1 MiB limit, on a heap of 64 MiB: a
 * megabyte of tiny batch items ({@code [1,1,1,...]}, {@code [{},{},...]}) and of tiny nested errors
 * ({@code item_errors}), each one an exception once decoded. Before the limit on values kept, each became an
 * exception with a stack trace and its own copy of the body's head: such a body threw {@code OutOfMemoryError}
 * under {@code -Xmx256m} after 2 to 3.6 s (issue 14). A decoder now keeps at most 100,000 values of a body and
 * makes at most 10,000 errors of it (items of a batch, errors nested in details), none with a stack trace, all
 * sharing one excerpt of the body. The {@code *AtTheLimit} bodies sit exactly at a limit, padded with white space
 * to 1 MiB: the most a body can cost; the others pass a limit and are refused. The seed catalogs record stack
 * traces (their default): the items have none all the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
public class HostileBodyBenchmark {

    /** The decoders' body limit. */
    static final int MEBIBYTE = 1 << 20;

    /** The most values a body may keep. */
    static final int MAX_VALUES = 100_000;

    /** The most errors a body may make. */
    static final int MAX_ITEMS = 10_000;

    private byte[] omaOnes;
    private byte[] omaObjects;
    private byte[] omaOnesAtTheLimit;
    private byte[] omaSuccessesAtTheLimit;
    private byte[] openxItemErrors;
    private byte[] openxItemErrorsAtTheLimit;

    @Setup
    public void bodies() {
        omaOnes = fill("[", "1,", "1]");
        omaObjects = fill("[", "{},", "{}]");
        omaOnesAtTheLimit = padded("[" + "1,".repeat(MAX_ITEMS - 1) + "1]");
        // The array, then the object and its success flag of each item.
        omaSuccessesAtTheLimit = padded("[" + "{\"success\":true},".repeat((MAX_VALUES - 1) / 2 - 1)
                + "{\"success\":true}]");
        String validation = "{\"type\":\"Validation\",\"message\":\"One or more errors occurred within nested data"
                + " structures.\",\"item_errors\":[";
        openxItemErrors = fill(validation, "1,", "1]}");
        openxItemErrorsAtTheLimit = padded(validation + "1,".repeat(MAX_ITEMS - 1) + "1]}");
        check();
    }

    /** Each body decodes as this benchmark says it does, else it would measure something else. */
    private void check() {
        expect(OmaErrors.decodeBatch(200, omaOnes).responseError().isPresent(), "[1,1,...] is refused");
        expect(OmaErrors.decodeBatch(200, omaObjects).responseError().isPresent(), "[{},{},...] is refused");
        OmaBatchResult atTheLimit = OmaErrors.decodeBatch(200, omaOnesAtTheLimit);
        expect(atTheLimit.items().size() == MAX_ITEMS && atTheLimit.failures().size() == MAX_ITEMS,
                "[1,1,...] at the limit gives an exception per item");
        OmaBatchResult successes = OmaErrors.decodeBatch(200, omaSuccessesAtTheLimit);
        expect(successes.items().size() == (MAX_VALUES - 1) / 2 && successes.allSucceeded(),
                "successes at the limit of values are read");
        expect(atTheLimit.items().get(0).orElseThrow().getStackTrace().length == 0, "items have no stack trace");
        expect(OpenxErrors.decode(400, openxItemErrors).orElseThrow().getClass().getSimpleName()
                .equals("OpenxUnknownException"), "item_errors of 1 MiB are refused");
        Optional<? extends RuntimeException> nested = OpenxErrors.decode(400, openxItemErrorsAtTheLimit);
        expect(nested.orElseThrow().getClass().getSimpleName().equals("OpenxValidationException")
                && ((dev.errata.benchmarks.seeds.openx.OpenxException) nested.get()).itemErrors().size() == MAX_ITEMS,
                "item_errors at the limit give a nested exception per item");
        expect(omaOnes.length == MEBIBYTE && omaOnesAtTheLimit.length == MEBIBYTE && openxItemErrors.length == MEBIBYTE
                && openxItemErrorsAtTheLimit.length == MEBIBYTE, "bodies of exactly 1 MiB");
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("not so: " + what);
        }
    }

    /** {@code start}, then {@code item} as often as fits, then {@code end}: exactly 1 MiB, white space padding it. */
    private static byte[] fill(String start, String item, String end) {
        StringBuilder body = new StringBuilder(MEBIBYTE).append(start);
        while (body.length() + item.length() + end.length() <= MEBIBYTE) {
            body.append(item);
        }
        return padded(body.append(end).toString());
    }

    /** {@code body} followed by spaces to exactly 1 MiB. */
    private static byte[] padded(String body) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        if (text.length > MEBIBYTE) {
            throw new IllegalStateException("body of " + text.length + " bytes");
        }
        byte[] bytes = new byte[MEBIBYTE];
        System.arraycopy(text, 0, bytes, 0, text.length);
        java.util.Arrays.fill(bytes, text.length, MEBIBYTE, (byte) ' ');
        return bytes;
    }

    /** 349,525 items of {@code 1}: refused at the 10,001st error. */
    @Benchmark
    public Object omaBatchOfOnes() {
        return OmaErrors.decodeBatch(200, omaOnes);
    }

    /** 349,524 empty objects (successes, each an object): refused at the 100,001st value. */
    @Benchmark
    public Object omaBatchOfEmptyObjects() {
        return OmaErrors.decodeBatch(200, omaObjects);
    }

    /** 10,000 items of {@code 1}, each an exception: the most errors a body can make. */
    @Benchmark
    public Object omaBatchOfOnesAtTheLimit() {
        return OmaErrors.decodeBatch(200, omaOnesAtTheLimit);
    }

    /** 49,999 successes: the most values a body can keep. */
    @Benchmark
    public Object omaBatchOfSuccessesAtTheLimit() {
        return OmaErrors.decodeBatch(200, omaSuccessesAtTheLimit);
    }

    /** 10,000 items of {@code 1} decoded as one response: a batch exception holding 10,000 failures. */
    @Benchmark
    public Object omaDecodeOfOnesAtTheLimit() {
        return OmaErrors.decode(200, omaOnesAtTheLimit);
    }

    /** An error whose item_errors hold 1 MiB of {@code 1}: refused. */
    @Benchmark
    public Object openxItemErrors() {
        return OpenxErrors.decode(400, openxItemErrors);
    }

    /** An error whose item_errors hold 10,000 items of {@code 1}, each a nested exception. */
    @Benchmark
    public Object openxItemErrorsAtTheLimit() {
        return OpenxErrors.decode(400, openxItemErrorsAtTheLimit);
    }
}
