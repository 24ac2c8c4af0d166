package io.omnicart.adapter.opencart.error;

/** Why a native login gave no session (reference §3, §4, §11), each with the connect-time reason it reports. */
public enum OpenCartLoginRefusal {
    /** 3.0 answered {@code []}, 4.0 "Incorrect API Key": unknown user, wrong key, or the API user is disabled. */
    WRONG_KEY("auth_rejected"),
    /** The store does not accept API calls from the caller's address (the API user's IP list). */
    IP_NOT_ALLOWED("ip_not_allowed"),
    /** The store speaks a protocol the adapter does not (4.1's signed calls, or pre-3.0). */
    VERSION_UNSUPPORTED("version_unsupported"),
    /** A login route answered 403 JSON, as 4.1 does for every {@code api/…} route but its signed ones (try those). */
    SIGNED_API_ONLY("version_unsupported"),
    /** 4.1 refused a signed call: unknown or disabled user, wrong key, IP not listed, or a clock off by over 450 s. */
    SIGNED_CALL_REFUSED("auth_rejected"),
    /** Neither login route answers like OpenCart (a web page, another server). */
    NOT_OPENCART("not_opencart");

    private final String reason;

    OpenCartLoginRefusal(String reason) {
        this.reason = reason;
    }

    /** The {@code ConnectionFailed} reason reported at connect time. */
    public String reason() {
        return reason;
    }
}
