package io.omnicart.credential.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.omnicart.core.spi.StoreConnection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The decrypted connections this instance resolved lately, so a busy account costs no database read and no decryption
 * per request. Keyed by workspace <em>and</em> account: a lookup from another workspace can never meet an entry. Only
 * found accounts are kept (misses go to the database every time), as {@link StoreConnection}s whose credentials stay
 * {@code Secret}s, with the row version they were decrypted from.
 *
 * <p>Every write this instance makes forgets the entry before it answers, so the instance that handled a change (or a
 * delete) never serves the old connection again. Other instances of a fleet keep theirs until it expires: they see a
 * change after at most {@code ttl}. A load that started before a write never stores its (older) result after it: each
 * {@link #forget} moves a generation on, and a result is only kept if no forget happened while it was loading.
 */
public final class ConnectionCache {

    private final @Nullable Cache<Key, Cached> entries;
    private final AtomicLong generation = new AtomicLong();

    /** A cache of at most {@code maxSize} connections, each kept {@code ttl}; off when either is zero. */
    public ConnectionCache(Duration ttl, long maxSize) {
        this.entries = ttl.isZero() || maxSize == 0
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumSize(maxSize)
                        .build();
    }

    /** A connection and the {@code row_version} of the row it came from. */
    record Cached(StoreConnection connection, long version) {}

    private record Key(String workspaceId, String accountId) {}

    @Nullable
    Cached get(String workspaceId, String accountId) {
        return entries == null ? null : entries.getIfPresent(new Key(workspaceId, accountId));
    }

    /** Taken before a load; hand it to {@link #put} with the load's result. */
    long generation() {
        return generation.get();
    }

    /** Keeps {@code cached} unless something was forgotten since {@code loadedAt} (then it may be stale already). */
    void put(String workspaceId, String accountId, Cached cached, long loadedAt) {
        if (entries != null) {
            entries.asMap()
                    .compute(
                            new Key(workspaceId, accountId),
                            (key, current) -> generation.get() == loadedAt ? cached : current);
        }
    }

    /** Drops the account's entry; loads still under way will not store theirs. */
    Mono<Void> forget(String workspaceId, String accountId) {
        return Mono.fromRunnable(() -> {
            generation.incrementAndGet();
            if (entries != null) {
                entries.invalidate(new Key(workspaceId, accountId));
            }
        });
    }

    /** Drops every entry (after a re-encryption pass). */
    Mono<Void> forgetAll() {
        return Mono.fromRunnable(() -> {
            generation.incrementAndGet();
            if (entries != null) {
                entries.invalidateAll();
            }
        });
    }

    /** How many connections are kept now (tests and diagnostics). */
    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
