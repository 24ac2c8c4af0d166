package io.omnicart.credential.crypto;

import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.WireValue;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The plaintext form of credentials before encryption: a format byte, the auth method, then the method's fields as
 * length-prefixed UTF-8 strings. Small, versioned and independent of any JSON mapper.
 */
final class CredentialCodec {

    private static final int FORMAT = 1;

    private CredentialCodec() {}

    static byte[] encode(Credentials credentials) {
        List<String> fields = switch (credentials) {
            case Credentials.ApiKey c -> List.of(c.apiKey().reveal());
            case Credentials.EmailPassword c -> List.of(c.email(), c.password().reveal());
            case Credentials.ClientCredentials c ->
                List.of(c.clientId(), c.clientSecret().reveal());
            case Credentials.ApiUser c -> List.of(c.username(), c.apiKey().reveal());
            case Credentials.None c -> List.of();
        };
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(credentials.method().wire());
            out.writeByte(fields.size());
            for (String field : fields) {
                out.writeUTF(field);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Credentials decode(byte[] plaintext) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plaintext))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalStateException("unknown credential format");
            }
            AuthMethod method = WireValue.parse(AuthMethod.class, in.readUTF());
            String[] fields = new String[in.readByte()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = in.readUTF();
            }
            return credentials(method, fields);
        } catch (IOException e) {
            throw new IllegalStateException("malformed credential plaintext", e);
        }
    }

    private static Credentials credentials(AuthMethod method, String[] f) {
        if (method == null) {
            throw new IllegalStateException("unknown credential type");
        }
        return switch (method) {
            case API_KEY -> new Credentials.ApiKey(Secret.of(f[0]));
            case EMAIL_PASSWORD -> new Credentials.EmailPassword(f[0], Secret.of(f[1]));
            case CLIENT_CREDENTIALS -> new Credentials.ClientCredentials(f[0], Secret.of(f[1]));
            case API_USER -> new Credentials.ApiUser(f[0], Secret.of(f[1]));
            case NONE -> new Credentials.None();
        };
    }
}
