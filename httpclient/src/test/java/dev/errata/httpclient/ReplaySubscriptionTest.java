package dev.errata.httpclient;

import static com.google.common.truth.Truth.assertThat;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The demand rules of the subscription that hands the bytes read on: what the round trips cannot single out. */
class ReplaySubscriptionTest {

    /** The client's subscription: what was asked of it. */
    static final class ClientSide implements Flow.Subscription {
        final List<Long> requests = new ArrayList<>();
        boolean cancelled;

        @Override
        public void request(long n) {
            requests.add(n);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    /** A downstream subscriber that writes down its signals and may request from inside onNext. */
    static final class Recorder implements BodySubscriber<Void> {
        final List<String> signals = new ArrayList<>();
        Consumer<Flow.Subscription> onNextAction = s -> { };
        Flow.Subscription subscription;

        @Override
        public CompletionStage<Void> getBody() {
            return new CompletableFuture<>();
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            StringBuilder text = new StringBuilder();
            for (ByteBuffer buffer : item) {
                text.append(StandardCharsets.UTF_8.decode(buffer.duplicate()));
            }
            signals.add("next:" + text);
            onNextAction.accept(subscription);
        }

        @Override
        public void onError(Throwable throwable) {
            signals.add("error:" + throwable.getMessage());
        }

        @Override
        public void onComplete() {
            signals.add("complete");
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyReadWholeIsOneSignalThenCompletion() {
        Recorder downstream = new Recorder();
        ReplaySubscription replay = new ReplaySubscription(downstream, bytes("{\"success\": true}"), List.of(), null);
        downstream.onSubscribe(replay);
        assertThat(downstream.signals).isEmpty();
        replay.request(1);
        assertThat(downstream.signals).containsExactly("next:{\"success\": true}", "complete").inOrder();
        replay.request(5);
        assertThat(downstream.signals).hasSize(2);
    }

    @Test
    void anEmptyBodyReadWholeIsCompletionAlone() {
        Recorder downstream = new Recorder();
        ReplaySubscription replay = new ReplaySubscription(downstream, new byte[0], List.of(), null);
        replay.request(1);
        assertThat(downstream.signals).containsExactly("complete");
    }

    @Test
    void theBytesReadComeFirstWithTheRestOfTheirSignalThenDemandGoesToTheClient() {
        ClientSide client = new ClientSide();
        Recorder downstream = new Recorder();
        ByteBuffer consumed = ByteBuffer.wrap(bytes("abc"));
        consumed.position(3);
        ReplaySubscription replay = new ReplaySubscription(downstream, bytes("abc"),
                List.of(consumed, ByteBuffer.wrap(bytes("def"))), client);
        replay.request(3);
        assertThat(downstream.signals).containsExactly("next:abcdef");
        assertThat(client.requests).containsExactly(2L);
        replay.request(7);
        assertThat(client.requests).containsExactly(2L, 7L).inOrder();
    }

    /** Demand made from inside the first onNext reaches the client only after that onNext returned. */
    @Test
    void demandFromInsideTheFirstSignalWaitsForItsEnd() {
        ClientSide client = new ClientSide();
        Recorder downstream = new Recorder();
        List<Integer> requestsSeenInside = new ArrayList<>();
        downstream.onNextAction = s -> {
            s.request(4);
            requestsSeenInside.add(client.requests.size());
        };
        ReplaySubscription replay = new ReplaySubscription(downstream, bytes("abc"), List.of(), client);
        downstream.onSubscribe(replay);
        replay.request(1);
        assertThat(requestsSeenInside).containsExactly(0);
        assertThat(client.requests).containsExactly(4L);
    }

    @Test
    void cancelReachesTheClientAndStopsTheFirstSignal() {
        ClientSide client = new ClientSide();
        Recorder downstream = new Recorder();
        ReplaySubscription replay = new ReplaySubscription(downstream, bytes("abc"), List.of(), client);
        replay.cancel();
        replay.request(1);
        assertThat(client.cancelled).isTrue();
        assertThat(downstream.signals).isEmpty();
        assertThat(client.requests).isEmpty();
    }

    @Test
    void aNonPositiveRequestIsAnError() {
        ClientSide client = new ClientSide();
        Recorder downstream = new Recorder();
        new ReplaySubscription(downstream, bytes("abc"), List.of(), client).request(0);
        assertThat(client.cancelled).isTrue();
        assertThat(downstream.signals).containsExactly("error:non-positive request: 0");
    }
}
