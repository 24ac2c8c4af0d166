package io.omnicart.gateway.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet's event log: a Redis Stream per workspace ({@code <prefix>events:{<workspace>}}, trimmed to the retention
 * period), an id key per event ({@code <prefix>event-id:{<workspace>}:<id>} → its stream entry) that makes appending
 * idempotent and lets a subscriber resume after an event id, and a pub/sub channel that tells every instance a
 * workspace has news. Each subscriber reads its workspace's stream onward from its own position ({@code XRANGE}, never
 * a blocking read on the shared connection), on news and every {@code recheck} in case a message was lost.
 */
public final class RedisEventLog extends BackgroundLoop implements EventLog {

    private static final RedisScript<String> APPEND = RedisScript.of("""
            if redis.call('SET', KEYS[2], '-', 'NX', 'PX', ARGV[2]) then
              local entry = redis.call('XADD', KEYS[1], 'MINID', '~', ARGV[3], '*', 'e', ARGV[1])
              redis.call('SET', KEYS[2], entry, 'PX', ARGV[2])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              redis.call('PUBLISH', ARGV[4], ARGV[5])
              return entry
            end
            return false
            """, String.class);
    private static final int READ_BATCH = 500;

    private final ReactiveStringRedisTemplate redis;
    private final ReactiveRedisConnectionFactory connections;
    private final JsonMapper json;
    private final String prefix;
    private final Duration retention;
    private final Duration recheck;
    private final Clock clock;
    private final Sinks.Many<String> news = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<WorkspaceEvent> appended = Sinks.many().multicast().onBackpressureBuffer(10_000, false);

    public RedisEventLog(
            ReactiveRedisConnectionFactory connections,
            JsonMapper json,
            String prefix,
            Duration retention,
            Duration recheck,
            Clock clock) {
        this.redis = new ReactiveStringRedisTemplate(connections);
        this.connections = connections;
        this.json = json;
        this.prefix = prefix;
        this.retention = retention;
        this.recheck = recheck;
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> append(WorkspaceEvent event) {
        String ws = event.workspaceId();
        long oldest = clock.millis() - retention.toMillis();
        return Mono.fromCallable(() -> json.writeValueAsString(event.event()))
                .flatMapMany(body -> redis.execute(
                        APPEND,
                        List.of(stream(ws), idKey(ws, event.event().id())),
                        List.of(body, Long.toString(retention.toMillis()), oldest + "-0", channel(), ws)))
                .next()
                .map(entry -> {
                    appended.tryEmitNext(event);
                    return true;
                })
                .defaultIfEmpty(false);
    }

    @Override
    public Flux<ChangeEvent> follow(String workspaceId, @Nullable String lastEventId) {
        Mono<String> start = lastEventId == null
                ? newestEntry(workspaceId)
                : redis.opsForValue()
                        .get(idKey(workspaceId, lastEventId))
                        .filter(entry -> !entry.equals("-"))
                        .switchIfEmpty(Mono.error(() -> EventProblems.expired(lastEventId)));
        return start.flatMapMany(entry -> tail(workspaceId, entry));
    }

    @Override
    public Flux<WorkspaceEvent> appended() {
        return appended.asFlux();
    }

    private Flux<ChangeEvent> tail(String workspaceId, String startEntry) {
        AtomicReference<String> position = new AtomicReference<>(startEntry);
        Flux<Object> wakeUps = Flux.merge(
                        Flux.just((Object) "start"), news.asFlux().filter(workspaceId::equals), Flux.interval(recheck))
                .onBackpressureLatest();
        return wakeUps.concatMap(wake -> readAfter(workspaceId, position), 1);
    }

    /** Every entry after {@code position}, oldest first, batch after batch, moving the position along. */
    private Flux<ChangeEvent> readAfter(String workspaceId, AtomicReference<String> position) {
        return batchAfter(workspaceId, position)
                .expand(batch -> batch.size() == READ_BATCH ? batchAfter(workspaceId, position) : Mono.empty())
                .flatMapIterable(batch -> batch);
    }

    private Mono<List<ChangeEvent>> batchAfter(String workspaceId, AtomicReference<String> position) {
        Range<String> after = Range.of(Range.Bound.exclusive(position.get()), Range.Bound.unbounded());
        return redis.opsForStream()
                .range(stream(workspaceId), after, Limit.limit().count(READ_BATCH))
                .map(record -> {
                    position.set(record.getId().getValue());
                    return read(record);
                })
                .collectList();
    }

    private ChangeEvent read(MapRecord<String, Object, Object> record) {
        return json.readValue(String.valueOf(record.getValue().get("e")), ChangeEvent.class);
    }

    private Mono<String> newestEntry(String workspaceId) {
        return redis.opsForStream()
                .reverseRange(
                        stream(workspaceId), Range.unbounded(), Limit.limit().count(1))
                .next()
                .map(record -> record.getId().getValue())
                .defaultIfEmpty("0-0");
    }

    /** Listens on the news channel for as long as the context runs, passing each workspace name on. */
    @Override
    protected Flux<String> loop() {
        return Flux.using(
                () -> new ReactiveRedisMessageListenerContainer(connections),
                container -> container
                        .receive(ChannelTopic.of(channel()))
                        .map(message -> message.getMessage())
                        .doOnNext(news::tryEmitNext),
                ReactiveRedisMessageListenerContainer::destroy);
    }

    private String stream(String workspaceId) {
        return prefix + "events:{" + workspaceId + "}";
    }

    private String idKey(String workspaceId, String eventId) {
        return prefix + "event-id:{" + workspaceId + "}:" + eventId;
    }

    private String channel() {
        return prefix + "events-news";
    }
}
