package io.omnicart.gateway.events;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A long-running background pipeline owned by the application context: subscribed once when the context starts and
 * disposed when it stops. The only place outside a request where the gateway subscribes.
 */
abstract class BackgroundLoop implements SmartLifecycle {

    private volatile Disposable running;

    /** The pipeline to run until the context stops; it must handle its own errors. */
    protected abstract Flux<?> loop();

    @Override
    public void start() {
        running = loop().subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
