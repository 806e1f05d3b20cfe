package io.chargeops.pile.ra;

import jakarta.resource.spi.UnavailableException;

import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileMessageListener;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.spi.work.WorkRejectedException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Just enough of a JCA container: a WorkManager over a real thread pool and an endpoint factory that records. */
final class FakeContainer {

    static final class Bootstrap implements BootstrapContext {
        final Pool workManager = new Pool(16);

        @Override
        public WorkManager getWorkManager() {
            return workManager;
        }

        @Override
        public XATerminator getXATerminator() {
            return null;
        }

        @Override
        public Timer createTimer() {
            return new Timer(true);
        }

        @Override
        public boolean isContextSupported(Class<? extends WorkContext> workContextClass) {
            return false;
        }

        @Override
        public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
            return null;
        }
    }

    /** Runs Work on container-like threads, named so tests can tell them from Netty's. */
    static final class Pool implements WorkManager {
        private final AtomicInteger threads = new AtomicInteger();
        final ExecutorService executor;

        Pool(int size) {
            executor = Executors.newFixedThreadPool(size, r -> {
                Thread t = new Thread(r, "container-work-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void doWork(Work work) {
            work.run();
        }

        @Override
        public void doWork(Work work, long startTimeout, ExecutionContext ctx, WorkListener listener) {
            work.run();
        }

        @Override
        public long startWork(Work work) throws WorkRejectedException {
            scheduleWork(work);
            return 0;
        }

        @Override
        public long startWork(Work work, long startTimeout, ExecutionContext ctx, WorkListener listener)
                throws WorkRejectedException {
            scheduleWork(work);
            return 0;
        }

        @Override
        public void scheduleWork(Work work) throws WorkRejectedException {
            try {
                executor.execute(work);
            } catch (RejectedExecutionException e) {
                throw new WorkRejectedException(e);
            }
        }

        @Override
        public void scheduleWork(Work work, long startTimeout, ExecutionContext ctx, WorkListener listener)
                throws WorkRejectedException {
            scheduleWork(work);
        }

        void shutdown() throws InterruptedException {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Records every delivered event and catches overlapping deliveries of one connection. */
    static final class RecordingEndpointFactory implements MessageEndpointFactory {
        final List<PileEvent> events = new ArrayList<>();
        final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger maxParallel = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger beforeDeliveries = new AtomicInteger();
        final AtomicInteger afterDeliveries = new AtomicInteger();
        final List<String> nonContainerThreads = new ArrayList<>();
        volatile boolean transacted;
        volatile long delayMillis;
        volatile Consumer<PileEvent> reaction = e -> { };
        volatile Predicate<PileEvent> failOn = e -> false;

        /** Instances the "bean pool" holds; beyond it createEndpoint says unavailable, as Payara's MDB pool does. */
        volatile int poolSize = Integer.MAX_VALUE;
        final AtomicInteger outstanding = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();

        @Override
        public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa) throws UnavailableException {
            if (outstanding.incrementAndGet() > poolSize) {
                outstanding.decrementAndGet();
                unavailable.incrementAndGet();
                throw new UnavailableException("Message Bean Resources exceeded (test pool of " + poolSize + ")");
            }
            return new Endpoint();
        }

        @Override
        public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa, long timeout) throws UnavailableException {
            return createEndpoint(xa);
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return transacted;
        }

        @Override
        public String getActivationName() {
            return "recording";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Endpoint.class;
        }

        synchronized List<PileEvent> snapshot() {
            return new ArrayList<>(events);
        }

        <T extends PileEvent> List<T> of(Class<T> type) {
            return snapshot().stream().filter(type::isInstance).map(type::cast).toList();
        }

        final class Endpoint implements MessageEndpoint, PileMessageListener {
            @Override
            public void onPileEvent(PileEvent event) {
                AtomicInteger mine = inFlight.computeIfAbsent(event.connectionId(), k -> new AtomicInteger());
                if (mine.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                maxParallel.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    if (!Thread.currentThread().getName().startsWith("container-work-")) {
                        synchronized (RecordingEndpointFactory.this) {
                            nonContainerThreads.add(Thread.currentThread().getName());
                        }
                    }
                    if (delayMillis > 0) {
                        Thread.sleep(delayMillis);
                    }
                    synchronized (RecordingEndpointFactory.this) {
                        events.add(event);
                    }
                    if (failOn.test(event)) {
                        throw new IllegalStateException("endpoint failure injected by the test");
                    }
                    reaction.accept(event);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                    mine.decrementAndGet();
                }
            }

            @Override
            public void beforeDelivery(Method method) {
                beforeDeliveries.incrementAndGet();
            }

            @Override
            public void afterDelivery() {
                afterDeliveries.incrementAndGet();
            }

            @Override
            public void release() {
                outstanding.decrementAndGet();
            }
        }
    }

    private FakeContainer() {
    }
}
