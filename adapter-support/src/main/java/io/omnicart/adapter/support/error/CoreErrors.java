package io.omnicart.adapter.support.error;

import io.omnicart.core.error.CommerceException;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes sure nothing but a core error leaves an adapter: whatever is not yet a {@link CommerceException} (a transport
 * failure, a value the model cannot hold, a decoding slip) goes through the adapter's error translator.
 */
public final class CoreErrors {

    private CoreErrors() {}

    /** The call, deferred, with every error that is not yet a core error translated. */
    public static <T> Mono<T> guard(Supplier<Mono<T>> call, Function<Throwable, ? extends Throwable> translate) {
        return Mono.defer(call).onErrorMap(CoreErrors::untranslated, translate);
    }

    /** The same for a stream. */
    public static <T> Flux<T> guardMany(Supplier<Flux<T>> call, Function<Throwable, ? extends Throwable> translate) {
        return Flux.defer(call).onErrorMap(CoreErrors::untranslated, translate);
    }

    public static boolean untranslated(Throwable error) {
        return !(error instanceof CommerceException);
    }
}
