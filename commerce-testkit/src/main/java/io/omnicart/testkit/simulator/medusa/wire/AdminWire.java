package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.ApiKeyState;
import io.omnicart.testkit.simulator.medusa.state.NamedRow;
import io.omnicart.testkit.simulator.medusa.state.UserState;

/** Sales channels, stock locations, admin users and API keys. */
public final class AdminWire {

    private AdminWire() {}

    public static WireRow salesChannel(NamedRow channel) {
        return new WireRow()
                .col("id", channel.id())
                .col("name", channel.name())
                .col("description", channel.description())
                .col("is_disabled", false)
                .col("metadata", null)
                .timestamps(channel.createdAt(), channel.createdAt());
    }

    public static WireRow stockLocation(NamedRow location) {
        return new WireRow()
                .col("id", location.id())
                .col("name", location.name())
                .col("metadata", null)
                .col("address_id", null)
                .timestamps(location.createdAt(), location.createdAt());
    }

    public static WireRow user(UserState user) {
        return new WireRow()
                .col("id", user.id())
                .nulls("first_name", "last_name")
                .col("email", user.email())
                .col("avatar_url", null)
                .col("metadata", null)
                .timestamps(user.createdAt(), user.createdAt());
    }

    /** An API key as its creation answers: the only time the full token is shown. */
    public static WireRow createdApiKey(ApiKeyState key) {
        return new WireRow()
                .col("id", key.id())
                .col("token", key.token())
                .col("redacted", key.redacted())
                .col("title", key.title())
                .col("type", key.type())
                .col("last_used_at", null)
                .col("created_by", key.createdBy())
                .col("revoked_by", null)
                .col("revoked_at", key.revokedAt())
                .timestamps(key.createdAt(), key.createdAt());
    }

    /** An API key as lists and updates show it: token {@code ""}, only the redacted form. */
    public static WireRow apiKey(ApiKeyState key) {
        return new WireRow()
                .col("id", key.id())
                .col("title", key.title())
                .col("token", "")
                .col("redacted", key.redacted())
                .col("type", key.type())
                .col("last_used_at", null)
                .col("updated_at", key.createdAt())
                .col("created_at", key.createdAt())
                .col("created_by", key.createdBy())
                .col("revoked_at", key.revokedAt())
                .col("revoked_by", null)
                .col("sales_channels", MedusaJson.array());
    }
}
