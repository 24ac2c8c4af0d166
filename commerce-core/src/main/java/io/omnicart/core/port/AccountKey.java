package io.omnicart.core.port;

/** One account of one workspace: accounts are only ever addressed together with their workspace. */
public record AccountKey(String workspaceId, String accountId) {}
