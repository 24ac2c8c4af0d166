package io.omnicart.gateway.guard;

import reactor.core.publisher.Mono;

/** Token buckets by key: in Redis (shared by the fleet) or in this process. Taking never waits. */
public interface TokenBuckets {

    Mono<BucketDecision> tryTake(String key, BucketSpec spec);
}
