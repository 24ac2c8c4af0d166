package io.omnicart.gateway.api.validation;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects every invalid parameter or body field of one request, so the caller learns about all of them in one 400
 * {@code validation_failed}. Fields are named as the caller sent them ({@code limit}, {@code items[3].sku}).
 */
public final class Checks {

    /** Ids of accounts, orders, products, … as they travel in paths, parameters and bodies. */
    public static final String ID_PATTERN = "^[A-Za-z0-9_.:-]{1,128}$";

    public static final String ID_MESSAGE = "must be 1 to 128 letters, digits or '_', '.', ':', '-'";

    /** More errors than this are not reported, so a huge invalid body cannot produce a huge answer. */
    public static final int MAX_ERRORS = 100;

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final Pattern INTEGER = Pattern.compile("^[0-9]{1,9}$");

    private final List<FieldError> errors = new ArrayList<>();

    /** A fresh collector that has already checked the {@code accountId} path variable. */
    public static Checks forAccount(String accountId) {
        return new Checks().id("accountId", accountId);
    }

    public Checks reject(String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Records {@code message} for {@code field} unless {@code valid}; returns {@code valid}. */
    public boolean require(boolean valid, String field, String message) {
        if (!valid) {
            reject(field, message);
        }
        return valid;
    }

    /** A required id (a path variable). */
    public Checks id(String field, @Nullable String value) {
        require(value != null && ID.matcher(value).matches(), field, ID_MESSAGE);
        return this;
    }

    /** An optional id parameter: null when absent or empty. */
    public @Nullable String optionalId(String field, @Nullable String value) {
        String present = present(value);
        return present == null || require(ID.matcher(present).matches(), field, ID_MESSAGE) ? present : null;
    }

    /** Optional free text of at most {@code max} characters, trimmed; null when absent or blank. */
    public @Nullable String text(String field, @Nullable String value, int max) {
        String present = present(value);
        return present == null || require(present.length() <= max, field, "must be at most " + max + " characters")
                ? present
                : null;
    }

    /** The page size: 1 to 100, {@value PageRequest#DEFAULT_LIMIT} when absent. */
    public int limit(@Nullable String value) {
        String present = present(value);
        if (present == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        boolean valid = INTEGER.matcher(present).matches()
                && Integer.parseInt(present) >= 1
                && Integer.parseInt(present) <= PageRequest.MAX_LIMIT;
        require(valid, "limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT);
        return valid ? Integer.parseInt(present) : PageRequest.DEFAULT_LIMIT;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Ends validation: a 400 {@code validation_failed} naming every invalid field, if there is one. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** The trimmed value, or null when absent or blank (clients often send {@code ?q=} for "no filter"). */
    static @Nullable String present(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
