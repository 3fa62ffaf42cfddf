package se.klusterportalen.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The realm's people as the portal needs them: the names to show for usernames, and the users of a region who
 * hold a role (the cluster managers an officer may bind to a cluster). Read only: changes to accounts go through
 * {@link AccountAdministration}.
 */
public interface UserDirectory {

    /** The region's enabled users holding the role, by display name. */
    List<DirectoryUser> usersWith(String region, Role role);

    /**
     * First and last name for a username; the username itself when the directory does not know it or cannot be
     * reached (a name is then only less friendly, never wrong).
     */
    String displayName(String username);

    /**
     * How to reach a person: e-mail address (empty when the account has none) and preferred language (the account's
     * {@code locale} attribute, Swedish when unset). Empty when the directory does not know the username or cannot
     * be reached (the caller then skips the mail, nothing else).
     */
    Optional<Contact> contact(String username);

    /** A person's e-mail address and language. */
    record Contact(String username, String displayName, Optional<String> email, Locale locale) {
    }

    /** A person in the directory. */
    record DirectoryUser(String username, String displayName) {
    }

    /** A person to create; the role must be one of the regional roles. */
    record NewUser(String username, String firstName, String lastName, String email, String region, Role role) {
    }

    /** The username or email belongs to someone already. */
    final class UsernameTakenException extends RuntimeException {

        public UsernameTakenException() {
            super("directory.username-taken");
        }
    }

    /** The directory cannot answer now (Keycloak unreachable or the portal's client not allowed). */
    final class UnavailableException extends RuntimeException {

        public static final String MESSAGE_KEY = "directory.unavailable";

        public UnavailableException(Throwable cause) {
            super(MESSAGE_KEY, cause);
        }
    }
}
