package io.omnicart.gateway.cache;

/** One account as seen by one workspace: cache keys and generations never cross workspaces. */
public record AccountScope(String workspaceId, String accountId) {

    /** Associated data for the sealed Redis value: workspace + account. */
    String associatedData() {
        return workspaceId + "\n" + accountId;
    }

    String tag() {
        return workspaceId + ":" + accountId;
    }
}
