package io.omnicart.gateway.events;

/** An event with the workspace it belongs to; the workspace is never sent, a caller only sees its own. */
public record WorkspaceEvent(String workspaceId, ChangeEvent event) {}
