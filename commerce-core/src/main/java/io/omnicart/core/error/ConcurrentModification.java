package io.omnicart.core.error;

/** Another request changed the resource first (optimistic locking); re-read and try again. */
public final class ConcurrentModification extends CommerceException {

    public ConcurrentModification(String message) {
        super(message, null, null, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
