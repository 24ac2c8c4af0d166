package io.omnicart.credential.policy;

import io.netty.resolver.AddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves through the delegate, then refuses any result the {@link AddressPolicy} forbids. It claims no address is
 * resolved already, so the HTTP client hands even IP literals to it and every connection is checked.
 */
final class GuardedAddressResolver implements AddressResolver<InetSocketAddress> {

    private final EventExecutor executor;
    private final AddressResolver<InetSocketAddress> delegate;
    private final AddressPolicy policy;

    GuardedAddressResolver(EventExecutor executor, AddressResolver<InetSocketAddress> delegate, AddressPolicy policy) {
        this.executor = executor;
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public boolean isSupported(SocketAddress address) {
        return address instanceof InetSocketAddress;
    }

    @Override
    public boolean isResolved(SocketAddress address) {
        return false;
    }

    @Override
    public Future<InetSocketAddress> resolve(SocketAddress address) {
        return resolve(address, executor.newPromise());
    }

    @Override
    public Future<InetSocketAddress> resolve(SocketAddress address, Promise<InetSocketAddress> promise) {
        String host = ((InetSocketAddress) address).getHostString();
        delegate.resolve(address)
                .addListener((Future<InetSocketAddress> done) -> complete(host, done, List::of, promise));
        return promise;
    }

    @Override
    public Future<List<InetSocketAddress>> resolveAll(SocketAddress address) {
        return resolveAll(address, executor.newPromise());
    }

    @Override
    public Future<List<InetSocketAddress>> resolveAll(SocketAddress address, Promise<List<InetSocketAddress>> promise) {
        String host = ((InetSocketAddress) address).getHostString();
        delegate.resolveAll(address)
                .addListener((Future<List<InetSocketAddress>> done) -> complete(host, done, all -> all, promise));
        return promise;
    }

    /** The delegate belongs to its own group, which closes it. */
    @Override
    public void close() {}

    /** Passes the delegate's answer on unless an address is forbidden; never leaves the promise pending. */
    private <T> void complete(
            String host, Future<T> done, Function<T, List<InetSocketAddress>> addresses, Promise<T> promise) {
        try {
            if (!done.isSuccess()) {
                promise.tryFailure(done.cause());
                return;
            }
            Optional<ForbiddenAddressException> refused = refusal(host, addresses.apply(done.getNow()));
            refused.ifPresentOrElse(promise::tryFailure, () -> promise.trySuccess(done.getNow()));
        } catch (RuntimeException | Error e) {
            promise.tryFailure(e);
        }
    }

    private Optional<ForbiddenAddressException> refusal(String host, List<InetSocketAddress> resolved) {
        return resolved.stream()
                .flatMap(a -> policy.refusal(host, a.getAddress()).stream())
                .findFirst()
                .map(kind -> new ForbiddenAddressException(host, kind));
    }
}
