package io.omnicart.testkit.simulator.medusa.handler;

/** Who made an admin request: an admin {@code user} (JWT) or an {@code api-key} (secret key over Basic). */
public record Actor(String type, String id) {

    public static Actor user(String id) {
        return new Actor("user", id);
    }

    public static Actor apiKey(String id) {
        return new Actor("api-key", id);
    }

    public boolean isUser() {
        return type.equals("user");
    }
}
