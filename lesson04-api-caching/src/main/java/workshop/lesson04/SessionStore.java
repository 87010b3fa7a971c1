package workshop.lesson04;

import java.util.Optional;

/** What the API's session routes need of a session store: 4.5's sliding sessions, or 4.11's bounded ones. */
public interface SessionStore {

    /** A new session's token; {@code previousToken} is the session the client came with, if it sent one. */
    String login(String user, Optional<String> previousToken);

    /** The session's user, while the session lasts. */
    Optional<String> user(String token);

    void logout(String token);

    /** 4.5's sessions: they slide while used and end at logout; a login leaves the client's old session alone. */
    static SessionStore sliding(Sessions sessions) {
        return new SessionStore() {
            @Override
            public String login(String user, Optional<String> previousToken) {
                return sessions.create(user);
            }

            @Override
            public Optional<String> user(String token) {
                return sessions.user(token);
            }

            @Override
            public void logout(String token) {
                sessions.delete(token);
            }
        };
    }

    /** 4.11's sessions: an absolute lifetime besides the idle timeout, and a new token at every login. */
    static SessionStore bounded(BoundedSessions sessions) {
        return new SessionStore() {
            @Override
            public String login(String user, Optional<String> previousToken) {
                return sessions.login(user, previousToken);
            }

            @Override
            public Optional<String> user(String token) {
                return sessions.user(token);
            }

            @Override
            public void logout(String token) {
                sessions.logout(token);
            }
        };
    }
}
