package dev.errata.httpclient;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * The downstream subscriber's subscription once the codec found a success: on its first demand, the bytes
 * already read (one signal), then either completion (the body was read whole) or the rest of the body, by
 * passing demand on to the HTTP client's subscription. Demand that arrives while the first signal is being
 * delivered (a subscriber may request from inside {@code onNext}) is passed on after it, so that the client's
 * signals never overlap it.
 */
final class ReplaySubscription implements Flow.Subscription {

    private final BodySubscriber<?> subscriber;
    private final List<ByteBuffer> readAhead;
    /** The client's subscription while the body goes on; null when it was read whole. */
    private final Flow.Subscription upstream;

    private boolean started;
    private boolean delivering;
    private boolean cancelled;
    private long deferred;

    ReplaySubscription(BodySubscriber<?> subscriber, byte[] read, List<ByteBuffer> rest, Flow.Subscription upstream) {
        this.subscriber = subscriber;
        this.upstream = upstream;
        List<ByteBuffer> buffers = new ArrayList<>();
        if (read.length > 0) {
            buffers.add(ByteBuffer.wrap(read).asReadOnlyBuffer());
        }
        for (ByteBuffer buffer : rest) {
            if (buffer.hasRemaining()) {
                buffers.add(buffer);
            }
        }
        this.readAhead = List.copyOf(buffers);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
            return;
        }
        long passOn;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            if (delivering) {
                deferred = add(deferred, n);
                return;
            }
            if (started) {
                passOn = n;
            } else {
                started = true;
                delivering = true;
                passOn = -1;
                deferred = n - 1;
            }
        }
        if (passOn < 0) {
            if (!readAhead.isEmpty()) {
                subscriber.onNext(readAhead);
            }
            synchronized (this) {
                delivering = false;
                passOn = deferred;
                deferred = 0;
                if (cancelled) {
                    return;
                }
            }
            if (upstream == null) {
                subscriber.onComplete();
                return;
            }
        }
        if (passOn > 0 && upstream != null) {
            upstream.request(passOn);
        }
    }

    @Override
    public void cancel() {
        synchronized (this) {
            cancelled = true;
        }
        if (upstream != null) {
            upstream.cancel();
        }
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
