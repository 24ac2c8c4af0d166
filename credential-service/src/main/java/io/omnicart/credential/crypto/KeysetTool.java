package io.omnicart.credential.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line keyset tool for operators: prints keysets as Tink JSON on standard output (redirect it into your secret
 * store), never logs. A keyset argument is a file path or {@code -} for standard input. See README, "Store accounts and
 * credential keys", for the rotation runbook.
 *
 * <pre>
 * generate                     a new keyset with one AES256_GCM primary key
 * add      KEYSET              the keyset plus a new key that is NOT primary yet (roll this out first)
 * promote  KEYSET KEY_ID       the keyset with KEY_ID as primary (roll out, then re-encrypt)
 * disable  KEYSET KEY_ID       the keyset with an old key disabled
 * delete   KEYSET KEY_ID       the keyset without an old key
 * info     KEYSET              key ids, status and primary; no key material
 * </pre>
 */
public final class KeysetTool {

    private static final String USAGE = "usage: KeysetTool generate | add KEYSET | promote KEYSET KEY_ID"
            + " | disable KEYSET KEY_ID | delete KEYSET KEY_ID | info KEYSET   (KEYSET: file or -)";

    private KeysetTool() {}

    public static void main(String[] args) throws IOException {
        int status = run(List.of(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command; returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        try {
            out.println(execute(args));
            return 0;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            err.println(e.getMessage() == null ? USAGE : e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private static String execute(List<String> args) throws IOException {
        String command = args.isEmpty() ? "" : args.getFirst();
        return switch (command) {
            case "generate" -> Keysets.toJson(Keysets.generate());
            case "add" -> Keysets.toJson(Keysets.addKey(keyset(args)));
            case "promote" -> Keysets.toJson(Keysets.promote(keyset(args), keyId(args)));
            case "disable" -> Keysets.toJson(Keysets.disable(keyset(args), keyId(args)));
            case "delete" -> Keysets.toJson(Keysets.delete(keyset(args), keyId(args)));
            case "info" -> String.join(System.lineSeparator(), Keysets.describe(keyset(args)));
            default -> throw new IllegalArgumentException("unknown command '" + command + "'");
        };
    }

    private static KeysetHandle keyset(List<String> args) throws IOException {
        String source = args.get(1);
        String json = source.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(source), StandardCharsets.UTF_8);
        return Keysets.parse(json);
    }

    private static long keyId(List<String> args) {
        try {
            return Long.parseLong(args.get(2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KEY_ID must be the number shown by 'info'");
        }
    }
}
