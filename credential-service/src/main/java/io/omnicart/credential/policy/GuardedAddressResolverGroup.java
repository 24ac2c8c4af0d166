package io.omnicart.credential.policy;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;

/**
 * Wraps the HTTP client's own resolver group so that every upstream connection — not just the connect-time check —
 * refuses addresses the {@link AddressPolicy} forbids. This closes the DNS-rebinding gap: a host that resolved to a
 * public address when the account was connected and to a private one later is refused later.
 */
public final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final AddressResolverGroup<?> delegate;
    private final AddressPolicy policy;

    public GuardedAddressResolverGroup(AddressResolverGroup<?> delegate, AddressPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        AddressResolver<InetSocketAddress> inner = (AddressResolver<InetSocketAddress>) delegate.getResolver(executor);
        return new GuardedAddressResolver(executor, inner, policy);
    }
}
