package workshop.lesson04;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts that may log in. A deliberate shortcut, labelled as one: two hard-coded demo users. A real service
 * stores password hashes (bcrypt, argon2) in its database; the lesson is about the session, not the password.
 */
public final class Users {

    private static final Map<String, String> PASSWORDS = Map.of("alice", "wonderland", "bob", "builder");

    private Users() {
    }

    /** The user, when the password is theirs; compared in constant time, as passwords must be. */
    public static Optional<String> authenticate(String user, String password) {
        String expected = user == null ? null : PASSWORDS.get(user);
        // Compare even for an unknown user, so the time taken does not tell which users exist.
        byte[] against = (expected == null ? "no such user" : expected).getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(against, (password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
        return matches && expected != null ? Optional.of(user) : Optional.empty();
    }
}
