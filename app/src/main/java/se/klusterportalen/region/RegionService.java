package se.klusterportalen.region;

import se.klusterportalen.text.PlainText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.klusterportalen.security.AccountAdministration;
import se.klusterportalen.security.CurrentUser;
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

    private static final Logger log = LoggerFactory.getLogger(RegionService.class);

    private final RegionRepository regions;
    private final RegionSuspensionRepository suspensions;
    private final UserDirectory directory;
    private final AccountAdministration accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RegionService(RegionRepository regions, RegionSuspensionRepository suspensions, UserDirectory directory,
                  AccountAdministration accounts, CurrentUser currentUser, Clock clock) {
        this.regions = regions;
        this.suspensions = suspensions;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
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

    /**
     * The codes of all regions, sorted: what scheduled jobs run through, one {@code SystemTask} per region. Codes are
     * not region data (every request reads the region table), so no permission is needed, not even a signed-in user.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> codes() {
        return regions.findAll().stream().map(region -> region.toSummary().code()).sorted().toList();
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

    /** Whether the platform administrator disabled the region (see {@link #setRegionEnabled}). */
    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(readOnly = true)
    public boolean isDisabled(String code) {
        return suspensions.findById(code).map(RegionSuspension::suspended).orElse(false);
    }

    /**
     * Disables or enables a whole region. Disabling disables every enabled account of the region in Keycloak (they
     * cannot sign in; their open sessions end through back-channel logout) and remembers which; enabling enables
     * exactly those again (an account an officer had disabled stays disabled). The region's data is kept. Audited
     * (who, when). All or nothing: when Keycloak fails midway, the accounts already disabled are enabled again and
     * {@link Rejection.Invalid} {@code directory.unavailable} is thrown. Unknown region: {@code region.error.unknown}.
     */
    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional
    public void setRegionEnabled(String code, boolean enabled) {
        requireRegion(code);
        var suspension = suspensions.findById(code).orElseGet(() -> new RegionSuspension(code));
        if (suspension.suspended() != enabled) {
            return;
        }
        String by = currentUser.require().username();
        if (!enabled) {
            var done = new ArrayList<String>();
            try {
                for (var account : accounts.accountsOf(code)) {
                    if (account.enabled()) {
                        accounts.setEnabled(account.id(), code, false);
                        done.add(account.id());
                    }
                }
            } catch (UserDirectory.UnavailableException e) {
                enableAgain(code, done);
                throw new Rejection.Invalid("code", UserDirectory.UnavailableException.MESSAGE_KEY);
            }
            suspension.suspend(done, by, clock.instant());
            suspensions.saveAndFlush(suspension);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        enableAgain(code, done);
                    }
                }
            });
        } else {
            var ids = suspension.accountIds();
            suspension.resume(by, clock.instant());
            suspensions.saveAndFlush(suspension);
            try {
                ids.forEach(id -> accounts.setEnabled(id, code, true));
            } catch (UserDirectory.UnavailableException e) {
                throw new Rejection.Invalid("code", UserDirectory.UnavailableException.MESSAGE_KEY);
            }
        }
    }

    private void enableAgain(String code, List<String> ids) {
        for (String id : ids) {
            try {
                accounts.setEnabled(id, code, true);
            } catch (RuntimeException e) {
                log.error("Region {}: account {} stays disabled after a failed region disable", code, id, e);
            }
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
