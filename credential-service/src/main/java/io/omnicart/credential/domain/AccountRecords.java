package io.omnicart.credential.domain;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.WireValue;
import io.omnicart.credential.persistence.AccountRow;
import java.net.URI;

/** Rows as the API shows accounts (never a secret), and the one not-found error for every miss. */
final class AccountRecords {

    static final String ACCOUNT = "account";

    private AccountRecords() {}

    static Account toAccount(AccountRow row) {
        return new Account(
                row.id(),
                platform(row),
                row.label(),
                URI.create(row.baseUrl()),
                WireValue.parse(AuthMethod.class, row.authMethod()),
                WireValue.parse(AccountStatus.class, row.status()),
                AccountStatus.FAILING.wire().equals(row.status()) ? row.statusReason() : null,
                row.storeName() == null ? null : new StoreInfo(row.storeName()),
                row.lastVerifiedAt(),
                row.createdAt());
    }

    static Platform platform(AccountRow row) {
        return WireValue.parse(Platform.class, row.platform());
    }

    /** Unknown and another workspace's account look exactly the same. */
    static NotFound notFound(String accountId) {
        return new NotFound(ACCOUNT, accountId);
    }
}
