package io.omnicart.adapter.medusa.client;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * How the 2xx body of one route becomes its result, read straight from the body's bytes. Made by {@link MedusaReplies}
 * and handed to {@link MedusaHttp}, so the body is parsed once, while it is still in the network buffer.
 *
 * @param <T> the result; {@code null} for a route whose answer is ignored (the call completes empty)
 */
@FunctionalInterface
interface MedusaReply<T> {

    /** Reads the whole body from {@code body}, which stands before its first token (none for an empty body). */
    @Nullable
    T read(JsonParser body);
}
