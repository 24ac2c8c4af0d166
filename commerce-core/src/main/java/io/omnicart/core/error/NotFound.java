package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/** The addressed resource does not exist (or belongs to another workspace, which must look the same). */
public final class NotFound extends CommerceException {

    private final String resource;
    private final String id;

    public NotFound(String resource, String id, @Nullable Platform platform, @Nullable Integer upstreamStatus) {
        super(resource + " '" + id + "' was not found", platform, upstreamStatus, null);
        this.resource = resource;
        this.id = id;
    }

    public NotFound(String resource, String id) {
        this(resource, id, null, null);
    }

    /** The kind of resource, in singular snake_case: {@code account}, {@code order}, {@code product}, … */
    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
