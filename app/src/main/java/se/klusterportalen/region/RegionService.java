package se.klusterportalen.region;

import se.klusterportalen.text.PlainText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.AccountAdministration;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.tenancy.SystemTask;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The platform's regions (tenants) and, for platform administrators, the people of each region. */
@Service
public class RegionService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final RegionRepository regions;
    private final UserDirectory directory;
    private final AccountAdministration accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RegionService(RegionRepository regions, UserDirectory directory, AccountAdministration accounts, Clock clock) {
        this.regions = regions;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A region's display name; any signed-in user may look up names (they are not region data). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RegionSummary> find(String code) {
        return regions.findById(code).map(Region::toSummary);
    }

    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(readOnly = true)
    public List<RegionSummary> all() {
        return regions.findAll().stream().map(Region::toSummary).toList();
    }

    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional
    public RegionSummary create(String code, String name) {
        return createRegion(code, name);
    }

    /** System operation (demo data, ADR 0009): the task's region, created with this name when missing. */
    @Transactional
    public RegionSummary ensureExists(SystemTask task, String name) {
        SystemTask.require(task);
        String code = task.regionCode();
        return regions.findById(code).map(Region::toSummary).orElseGet(() -> createRegion(code, name));
    }

    private RegionSummary createRegion(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Rejection.Invalid("code", "region.error.code");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Rejection.Invalid("name", "region.error.name");
        }
        if (regions.existsById(code)) {
            throw new Rejection.Invalid("code", "region.error.code-taken");
        }
        return regions.save(new Region(code, PlainText.line(name), clock.instant())).toSummary();
    }

    /** The region's programme officers, cluster managers and politicians, as the user directory knows them. */
    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(readOnly = true)
    public List<RegionUser> users(String code) {
        requireRegion(code);
        var users = new ArrayList<RegionUser>();
        for (Role role : Role.values()) {
            if (role.needsRegion()) {
                directory.usersWith(code, role).forEach(user ->
                        users.add(new RegionUser(user.username(), user.displayName(), role)));
            }
        }
        return List.copyOf(users);
    }

    /**
     * Creates a person of the region in the user directory with one regional role and a temporary password; the
     * region comes from here, never from the person. Refused with a field and a message key when the input is
     * not valid or the username is taken.
     */
    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(readOnly = true)
    public NewAccount addUser(String code, String username, String firstName, String lastName, String email,
                              Role role) {
        requireRegion(code);
        String name = PlainText.code(username).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Rejection.Invalid("username", "region.error.username");
        }
        if (blankOrLong(firstName) || blankOrLong(lastName)) {
            throw new Rejection.Invalid(blankOrLong(firstName) ? "firstName" : "lastName", "region.error.person-name");
        }
        if (email == null || !EMAIL.matcher(PlainText.line(email)).matches()) {
            throw new Rejection.Invalid("email", "region.error.email");
        }
        if (role == null || !role.needsRegion()) {
            throw new Rejection.Invalid("role", "region.error.role");
        }
        String password = temporaryPassword();
        try {
            accounts.createUser(new UserDirectory.NewUser(name, PlainText.line(firstName), PlainText.line(lastName),
                    PlainText.line(email),
                    code, role), password);
        } catch (UserDirectory.UsernameTakenException e) {
            throw new Rejection.Invalid("username", "region.error.username-taken");
        } catch (UserDirectory.UnavailableException e) {
            throw new Rejection.Invalid("username", UserDirectory.UnavailableException.MESSAGE_KEY);
        }
        return new NewAccount(name, password);
    }

    /**
     * Disables an account of the region: the person can no longer sign in, their open sessions end at once (also
     * an open portal session, through Keycloak's back-channel logout), their name stays in histories. Only an
     * account of this region; anyone else is refused.
     */
    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(readOnly = true)
    public void disableUser(String code, String username) {
        requireRegion(code);
        boolean disabled;
        try {
            disabled = username != null && accounts.disableUser(username, code);
        } catch (UserDirectory.UnavailableException e) {
            throw new Rejection.Invalid("username", UserDirectory.UnavailableException.MESSAGE_KEY);
        }
        if (!disabled) {
            throw new Rejection.Invalid("username", "region.error.not-in-region");
        }
    }

    private void requireRegion(String code) {
        if (code == null || !regions.existsById(code)) {
            throw new Rejection.Invalid("code", "region.error.unknown");
        }
    }

    private static boolean blankOrLong(String text) {
        return text == null || text.isBlank() || text.strip().length() > 100;
    }

    /** Sixteen characters from an alphabet without look-alikes (no 0/O, 1/l/I), to be read aloud or typed. */
    private String temporaryPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
