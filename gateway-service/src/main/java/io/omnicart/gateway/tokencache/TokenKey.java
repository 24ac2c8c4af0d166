package io.omnicart.gateway.tokencache;

/** One cached token: the account and the purpose ({@code <platform>:<name>}, e.g. {@code medusa:admin-jwt}). */
record TokenKey(String accountId, String purpose) {}
