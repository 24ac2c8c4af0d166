package io.omnicart.gateway.tokencache;

import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.SecretCipher;
import io.omnicart.core.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * The Redis side of the token cache: encrypted values (associated data = account id), a per-account index of purposes
 * and a short login lock. Keys share the account as hash tag, so they live in one cluster slot.
 */
class RedisTokenStore {

    private static final Logger log = LoggerFactory.getLogger(RedisTokenStore.class);

    private static final RedisScript<Long> WRITE = RedisScript.of("""
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            return 1
            """, Long.class);
    private static final RedisScript<Long> UNLOCK = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final SecretCipher cipher;
    private final String prefix;
    private final Duration lockTtl;

    RedisTokenStore(ReactiveStringRedisTemplate redis, SecretCipher cipher, String prefix, Duration lockTtl) {
        this.redis = redis;
        this.cipher = cipher;
        this.prefix = prefix;
        this.lockTtl = lockTtl;
    }

    Mono<CachedToken> read(TokenKey key) {
        return redis.opsForValue().get(tokenKey(key)).mapNotNull(value -> decode(key, value));
    }

    Mono<Void> write(TokenKey key, CachedToken token, Duration ttl) {
        List<String> keys = List.of(tokenKey(key), indexKey(key.accountId()));
        List<String> args = List.of(encode(key, token), Long.toString(ttl.toMillis()), key.purpose());
        return redis.execute(WRITE, keys, args).then();
    }

    Mono<Void> delete(TokenKey key) {
        return redis.delete(tokenKey(key))
                .then(redis.opsForSet().remove(indexKey(key.accountId()), key.purpose()))
                .then();
    }

    Mono<Void> deleteAccount(String accountId) {
        String index = indexKey(accountId);
        return redis.opsForSet()
                .members(index)
                .map(purpose -> tokenKey(new TokenKey(accountId, purpose)))
                .concatWithValues(index)
                .collectList()
                .flatMap(keys -> redis.delete(keys.toArray(String[]::new)))
                .then();
    }

    /** A fresh lock owner id when the lock was taken, empty when another instance holds it. */
    Mono<String> tryLock(TokenKey key) {
        String owner = UUID.randomUUID().toString();
        return redis.opsForValue()
                .setIfAbsent(lockKey(key), owner, lockTtl)
                .filter(Boolean::booleanValue)
                .map(taken -> owner);
    }

    Mono<Void> unlock(TokenKey key, String owner) {
        return redis.execute(UNLOCK, List.of(lockKey(key)), List.of(owner)).then();
    }

    private String tokenKey(TokenKey key) {
        return prefix + "token:{" + key.accountId() + "}:" + key.purpose();
    }

    private String indexKey(String accountId) {
        return prefix + "token-index:{" + accountId + "}";
    }

    private String lockKey(TokenKey key) {
        return prefix + "token-lock:{" + key.accountId() + "}:" + key.purpose();
    }

    private String encode(TokenKey key, CachedToken token) {
        String plain = token.expiresAt() + "\n" + token.value().reveal();
        byte[] sealed = cipher.encrypt(plain.getBytes(StandardCharsets.UTF_8), associatedData(key));
        return Base64.getEncoder().encodeToString(sealed);
    }

    private CachedToken decode(TokenKey key, String value) {
        try {
            byte[] plain = cipher.decrypt(Base64.getDecoder().decode(value), associatedData(key));
            String text = new String(plain, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            Instant expiresAt = Instant.parse(text.substring(0, newline));
            return new CachedToken(Secret.of(text.substring(newline + 1)), expiresAt);
        } catch (RuntimeException unreadable) {
            log.warn(
                    "ignoring a cached token that does not decrypt ({})",
                    unreadable.getClass().getSimpleName());
            return null;
        }
    }

    private static byte[] associatedData(TokenKey key) {
        return key.accountId().getBytes(StandardCharsets.UTF_8);
    }
}
