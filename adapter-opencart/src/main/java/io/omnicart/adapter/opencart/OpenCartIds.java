package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import reactor.core.publisher.Mono;

/** OpenCart ids are positive integers; anything else names nothing, so it is {@code NotFound} without a call. */
final class OpenCartIds {

    private static final int MAX_DIGITS = 10;

    private OpenCartIds() {}

    static boolean isId(String value) {
        return !value.isEmpty()
                && value.length() <= MAX_DIGITS
                && value.chars().allMatch(Character::isDigit)
                && Long.parseLong(value) > 0;
    }

    /** {@code id} itself, or a {@code NotFound} error for {@code resource}. */
    static Mono<String> checked(String resource, String id) {
        return isId(id) ? Mono.just(id) : Mono.error(OpenCartErrorTranslator.notFound(resource, id));
    }
}
