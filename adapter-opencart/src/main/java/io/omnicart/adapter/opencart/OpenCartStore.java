package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.client.OpenCartJson;
import io.omnicart.adapter.opencart.client.OpenCartLoginResult;
import io.omnicart.adapter.opencart.client.OpenCartNativeClient;
import io.omnicart.adapter.opencart.client.OpenCartReply;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.mapping.OpenCartStoreMapper;
import io.omnicart.adapter.opencart.model.OpenCartBridgeVersion;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * The store as a whole. Verification checks both halves a merchant sets up: a fresh native login (the API user, its
 * key and the IP allow-list, and a protocol the adapter speaks), then the bridge (installed, same protocol version,
 * accepts the signature, serves the store name). Each failure is reported with the reason and a message that says
 * what to fix: {@code auth_rejected}, {@code ip_not_allowed}, {@code bridge_missing}, {@code version_unsupported},
 * {@code not_opencart}, {@code unreachable}.
 */
final class OpenCartStore {

    private static final int PROTOCOL = 2;
    private static final Set<String> FAMILIES = Set.of("3.0", "4.0", "4.1");

    private final OpenCartNativeClient nativeApi;
    private final OpenCartBridgeClient bridge;
    private final Clock clock;

    OpenCartStore(OpenCartNativeClient nativeApi, OpenCartBridgeClient bridge, Clock clock) {
        this.nativeApi = nativeApi;
        this.bridge = bridge;
        this.clock = clock;
    }

    Mono<StoreInfo> verify(StoreConnection store) {
        return nativeApi
                .login(store)
                .flatMap(login -> switch (login) {
                    case OpenCartLoginResult.Refused refused ->
                        Mono.<OpenCartReply>error(OpenCartErrorTranslator.connectRefused(
                                refused.refusal(), refused.callerIp(), refused.storeMessage()));
                    case OpenCartLoginResult.Started started -> bridge.probe(store);
                })
                .map(this::checkBridge)
                .then(Mono.defer(() -> bridge.settings(store)))
                .map(settings -> new StoreInfo(settings.storeName() == null ? "" : settings.storeName()))
                .onErrorMap(CommerceException.class, OpenCartErrorTranslator::forVerification);
    }

    Mono<StoreSettings> settings(StoreConnection store) {
        return Mono.zip(bridge.settings(store), bridge.probe(store).map(bridge::version))
                .map(both -> OpenCartStoreMapper.toSettings(both.getT1(), both.getT2()));
    }

    Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        OffsetDateTime to = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime from = to.minus(query.window());
        return Mono.zip(bridge.metrics(store, seconds(from), seconds(to.plusSeconds(1))), productCount(store))
                .map(both -> OpenCartStoreMapper.toOverview(
                        both.getT1(), both.getT2() < 0 ? null : both.getT2(), from, to, to));
    }

    /**
     * The number of products without 4.0 variant rows (the bridge's metrics count every product row, variants
     * included), or -1 on 3.0, which has no variants, so the metrics' count stands.
     */
    private Mono<Long> productCount(StoreConnection store) {
        return bridge.probe(store).map(bridge::version).flatMap(version -> {
            if (!"4.0".equals(version.opencartFamily()) && !"4.1".equals(version.opencartFamily())) {
                return Mono.just(-1L);
            }
            OpenCartBridgeQuery masters =
                    OpenCartBridgeQuery.route("products").with("master_id", 0).with("limit", 1);
            return bridge.products(store, masters)
                    .map(page ->
                            page.paging().total() == null ? -1L : page.paging().total());
        });
    }

    /** The bridge answered {@code version}: it must be the bridge, speaking our protocol, on a supported line. */
    private OpenCartBridgeVersion checkBridge(OpenCartReply reply) {
        boolean json = OpenCartJson.parse(reply.body()).isPresent();
        if (!reply.fromBridge() && (reply.status() == 404 || reply.isHtml() || !json)) {
            throw OpenCartErrorTranslator.bridgeMissing("HTTP " + reply.status() + (reply.isHtml() ? ", HTML" : ""));
        }
        if ("ip_not_allowed".equals(OpenCartBridgeClient.errorCode(reply))) {
            throw OpenCartErrorTranslator.connectIpRefused(OpenCartBridgeClient.refusedIp(reply));
        }
        OpenCartBridgeVersion version = bridge.version(reply);
        if (version.protocolVersion() == null || version.protocolVersion() != PROTOCOL) {
            throw OpenCartErrorTranslator.bridgeUnsupported("bridge protocol " + version.protocolVersion());
        }
        if (!FAMILIES.contains(version.opencartFamily())) {
            throw OpenCartErrorTranslator.bridgeUnsupported("OpenCart " + version.opencartFamily());
        }
        return version;
    }

    private static String seconds(OffsetDateTime value) {
        return value.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
