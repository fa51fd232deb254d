package dev.errata.httpclient;

import dev.errata.ErrorCodec;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body that may hold an error up to the decoders' limit (and one byte past it), asks the codec, then
 * either fails with the catalog's exception or hands what it read, and the rest of the body, to the downstream
 * handler's subscriber. The HTTP client signals it serially, as {@link Flow.Subscriber} requires.
 *
 * @param <T> the downstream body's type
 */
final class CheckingSubscriber<T> implements BodySubscriber<T> {

    private final ErrorCodec<?> codec;
    private final ResponseInfo info;
    private final BodyHandler<T> downstream;
    private final CompletableFuture<T> body = new CompletableFuture<>();
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();

    private Flow.Subscription upstream;
    /** Once the codec found a success: the downstream handler's subscriber, which gets every later signal. */
    private BodySubscriber<T> next;
    /** Once the codec found an error: signals the client still sends after the cancel are ignored. */
    private boolean failed;

    CheckingSubscriber(ErrorCodec<?> codec, ResponseInfo info, BodyHandler<T> downstream) {
        this.codec = codec;
        this.info = info;
        this.downstream = downstream;
    }

    @Override
    public CompletionStage<T> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        upstream = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (next != null) {
            next.onNext(buffers);
            return;
        }
        if (failed) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int room = ErrataBodyHandlers.MAX_BODY_BYTES + 1 - read.size();
            int take = Math.min(room, buffer.remaining());
            byte[] bytes = new byte[take];
            buffer.get(bytes);
            read.write(bytes, 0, take);
            if (read.size() > ErrataBodyHandlers.MAX_BODY_BYTES) {
                // Past the limit: the codec decides on what it may read, and the rest is not buffered.
                decide(false, buffers);
                return;
            }
        }
        upstream.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        if (next != null) {
            next.onError(failure);
        } else if (!failed) {
            body.completeExceptionally(failure);
        }
    }

    @Override
    public void onComplete() {
        if (next != null) {
            next.onComplete();
        } else if (!failed) {
            decide(true, List.of());
        }
    }

    /**
     * The codec's verdict on the bytes read. {@code rest} holds what is left of the buffers of the last signal
     * when the body went past the limit, handed on after the bytes read if the body is a success.
     */
    private void decide(boolean complete, List<ByteBuffer> rest) {
        byte[] bytes = read.toByteArray();
        Optional<? extends RuntimeException> error;
        try {
            error = codec.decodeResponse(info.statusCode(), info.headers().map(), bytes);
        } catch (RuntimeException broken) {
            // The codec's contract is never to throw; a broken one fails the body rather than the client's thread.
            error = Optional.of(broken);
        }
        if (error.isPresent()) {
            failed = true;
            if (!complete) {
                upstream.cancel();
            }
            body.completeExceptionally(error.get());
            return;
        }
        BodySubscriber<T> subscriber = downstream.apply(info);
        next = subscriber;
        subscriber.getBody().whenComplete((value, failure) -> {
            if (failure != null) {
                body.completeExceptionally(failure);
            } else {
                body.complete(value);
            }
        });
        subscriber.onSubscribe(new ReplaySubscription(subscriber, bytes, rest, complete ? null : upstream));
    }
}
