package io.omnicart.testkit.simulator.medusa.state;

/** The credentials a simulated Medusa accepts: the admin user's email and password and one secret API key. */
public record MedusaCredentials(String adminEmail, String adminPassword, String secretApiKey) {}
