package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;

/** An admin user ({@code user_…}) who logs in with email and password. */
public record UserState(String id, String email, String password, String authIdentityId, Instant createdAt) {}
