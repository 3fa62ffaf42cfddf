package se.klusterportalen.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.AccountAdministration;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.text.Collation;
import se.klusterportalen.text.PlainText;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A programme officer's administration of their own region's users (issue #17). The region is always the signed-in
 * officer's, from the token; an account is addressed by its Keycloak id, and an id of another region's account
 * answers exactly like an unknown one ({@link Rejection.NotFound} {@code account.error.not-found}). Platform
 * administration is never granted: only the three regional roles.
 *
 * <p>Both sides stay consistent: every action writes the portal's record ({@code user_account}, audited: who,
 * region, when, what) and the cluster bindings in the same transaction as the Keycloak call; an invitation whose
 * transaction does not commit deletes the Keycloak user again (compensation), and a Keycloak failure rolls the
 * portal's changes back. Keycloak unreachable → {@link Rejection.Invalid} {@code directory.unavailable}.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountAdministration accounts;
    private final UserAccountRepository records;
    private final ClusterService clusters;
    private final AuditHistoryService audit;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountAdministration accounts, UserAccountRepository records, ClusterService clusters,
                   AuditHistoryService audit, CurrentUser currentUser) {
        this.accounts = accounts;
        this.records = records;
        this.clusters = clusters;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The region's accounts (enabled or not), sorted by name (Swedish collation). */
    @RequiresPermission(Permission.USER_ADMIN)
    @Transactional(readOnly = true)
    public List<RegionAccount> list() {
        String region = region();
        var found = keycloak(() -> accounts.accountsOf(region));
        Map<String, Set<ClusterId>> bindings = clusters.managerBindings();
        Map<ClusterId, String> names = clusterNames();
        Map<String, UserAccount> byKeycloakId = records.findAll().stream()
                .collect(Collectors.toMap(UserAccount::keycloakId, Function.identity(), (a, b) -> a));
        return found.stream()
                .map(account -> toRecord(account, bindings, names, byKeycloakId.get(account.id())))
                .sorted(Collation.swedish(RegionAccount::displayName))
                .toList();
    }

    /** One account of the region; {@link Rejection.NotFound} for an unknown id or another region's account. */
    @RequiresPermission(Permission.USER_ADMIN)
    @Transactional(readOnly = true)
    public RegionAccount get(String id) {
        var account = require(id);
        return toRecord(account, clusters.managerBindings(), clusterNames(),
                records.findByKeycloakId(account.id()).orElse(null));
    }

    /** How an invitation reaches the person: by e-mail where the realm has SMTP, else a temporary password. */
    @RequiresPermission(Permission.USER_ADMIN)
    public InvitationKind invitationKind() {
        return keycloak(accounts::sendsEmail) ? InvitationKind.EMAIL : InvitationKind.TEMPORARY_PASSWORD;
    }

    /**
     * Invites a person into the officer's region: a Keycloak account (username = the e-mail address in lower case)
     * with the role, the cluster bindings and the portal's record, all or nothing. Refused with a field and a key:
     * {@code firstName}/{@code lastName} {@code account.error.person-name}, {@code email} {@code account.error.email}
     * or {@code account.error.email-taken}, {@code role} {@code account.error.role}, {@code clusters}
     * {@code account.error.clusters-only-managers} or {@code account.error.cluster-unknown}; Keycloak unreachable
     * {@code email} {@code directory.unavailable} (nothing created).
     */
    @RequiresPermission(Permission.USER_ADMIN)
    @Transactional
    public Invitation invite(InviteRequest request) {
        String region = region();
        var errors = new ArrayList<Rejection.FieldError>();
        if (blankOrLong(request.firstName())) {
            errors.add(new Rejection.FieldError("firstName", "account.error.person-name"));
        }
        if (blankOrLong(request.lastName())) {
            errors.add(new Rejection.FieldError("lastName", "account.error.person-name"));
        }
        String email = request.email() == null ? "" : PlainText.line(request.email()).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.length() > 200) {
            errors.add(new Rejection.FieldError("email", "account.error.email"));
        }
        Role role = request.role();
        if (role == null || !role.needsRegion()) {
            errors.add(new Rejection.FieldError("role", "account.error.role"));
        }
        errors.addAll(clusterErrors(role, request.clusters()));
        if (!errors.isEmpty()) {
            throw new Rejection.Invalid(errors);
        }
        var kind = invitationKind();
        String password = kind == InvitationKind.TEMPORARY_PASSWORD ? temporaryPassword() : null;
        String id;
        try {
            id = accounts.invite(new UserDirectory.NewUser(email, PlainText.line(request.firstName()),
                    PlainText.line(request.lastName()), email, region, role), password);
        } catch (UserDirectory.UsernameTakenException e) {
            throw new Rejection.Invalid("email", "account.error.email-taken");
        } catch (UserDirectory.UnavailableException e) {
            throw new Rejection.Invalid("email", UserDirectory.UnavailableException.MESSAGE_KEY);
        }
        undoUnlessCommitted(id, region, email);
        clusters.setManagedClusters(email, request.clusters());
        records.saveAndFlush(new UserAccount(id, email, role, clusterText(request.clusters()), true,
                currentUser.require().username(), kind, AccountAction.INVITED));
        return new Invitation(id, email, email, kind, password);
    }

    /**
     * Gives an account of the region a regional role and, for a cluster manager, exactly these clusters (another
     * role loses its bindings). Refused: {@link Rejection.NotFound} for an unknown or foreign id,
     * {@link Rejection.Forbidden} {@code account.error.self} for the officer's own account, {@code role}
     * {@code account.error.role}, {@code clusters} as for {@link #invite}; Keycloak unreachable: nothing changed.
     */
    @RequiresPermission(Permission.USER_ADMIN)
    @Transactional
    public void change(String id, @Nullable Role role, Set<ClusterId> bound) {
        String region = region();
        var account = require(id);
        requireNotSelf(account);
        if (role == null || !role.needsRegion()) {
            throw new Rejection.Invalid("role", "account.error.role");
        }
        var errors = clusterErrors(role, bound);
        if (!errors.isEmpty()) {
            throw new Rejection.Invalid(errors);
        }
        clusters.setManagedClusters(account.username(), bound);
        record(account, AccountAction.CHANGED, role, clusterText(bound), account.enabled());
        if (account.role() != role && !keycloak(() -> accounts.changeRole(id, region, role))) {
            throw new Rejection.NotFound("account.error.not-found");
        }
    }

    /**
     * Disables (the person can no longer sign in; open sessions, also portal sessions, end at once) or enables an
     * account of the region. Refused like {@link #change}.
     */
    @RequiresPermission(Permission.USER_ADMIN)
    @Transactional
    public void setEnabled(String id, boolean enabled) {
        String region = region();
        var account = require(id);
        requireNotSelf(account);
        var bindings = clusters.managerBindings().getOrDefault(account.username(), Set.of());
        record(account, enabled ? AccountAction.ENABLED : AccountAction.DISABLED, account.role(),
                clusterText(bindings), enabled);
        if (!keycloak(() -> accounts.setEnabled(id, region, enabled))) {
            throw new Rejection.NotFound("account.error.not-found");
        }
    }

    /** The account's administrative actions made through the portal, oldest first (audit history). */
    @RequiresPermission(Permission.USER_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountChange> history(String id) {
        var account = require(id);
        return records.findByKeycloakId(account.id())
                .map(record -> audit.historyOf(UserAccount.class, record.id()).stream()
                        .map(revision -> {
                            var state = revision.state();
                            return new AccountChange(revision.at(), revision.username(),
                                    (AccountAction) state.get("action"), (Role) state.get("role"),
                                    String.valueOf(state.get("clusters")), Boolean.TRUE.equals(state.get("enabled")));
                        }).toList())
                .orElse(List.of());
    }

    private AccountAdministration.Account require(String id) {
        String region = region();
        return keycloak(() -> accounts.find(id, region))
                .orElseThrow(() -> new Rejection.NotFound("account.error.not-found"));
    }

    private void requireNotSelf(AccountAdministration.Account account) {
        if (account.username().equals(currentUser.require().username())) {
            throw new Rejection.Forbidden("account.error.self");
        }
    }

    private void record(AccountAdministration.Account account, AccountAction action, @Nullable Role role,
                        String clusterNames, boolean enabled) {
        var record = records.findByKeycloakId(account.id()).orElseGet(() -> new UserAccount(account.id(),
                account.username(), account.role(), "", account.enabled(), null, null, action));
        record.record(action, role, clusterNames, enabled);
        records.saveAndFlush(record);
    }

    private List<Rejection.FieldError> clusterErrors(@Nullable Role role, Set<ClusterId> bound) {
        if (bound.isEmpty()) {
            return List.of();
        }
        if (role != Role.CLUSTER_MANAGER) {
            return List.of(new Rejection.FieldError("clusters", "account.error.clusters-only-managers"));
        }
        var known = clusterNames().keySet();
        return bound.stream().anyMatch(cluster -> !known.contains(cluster))
                ? List.of(new Rejection.FieldError("clusters", "account.error.cluster-unknown"))
                : List.of();
    }

    /**
     * Compensation: the Keycloak user exists now; if this transaction does not commit (the portal's record or the
     * bindings could not be saved, or a caller's transaction rolls back), it is deleted again.
     */
    private void undoUnlessCommitted(String id, String region, String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        accounts.delete(id, region);
                        log.info("Invitation of {} not saved: its Keycloak account was deleted again", username);
                    } catch (RuntimeException e) {
                        log.error("Invitation of {} not saved and its Keycloak account {} could not be deleted",
                                username, id, e);
                    }
                }
            }
        });
    }

    private RegionAccount toRecord(AccountAdministration.Account account, Map<String, Set<ClusterId>> bindings,
                                   Map<ClusterId, String> names, @Nullable UserAccount record) {
        var bound = bindings.getOrDefault(account.username(), Set.of()).stream()
                .filter(names::containsKey)
                .map(cluster -> new BoundCluster(cluster, names.get(cluster)))
                .sorted(Collation.swedish(BoundCluster::name)).toList();
        return new RegionAccount(account.id(), account.username(), account.displayName(), account.email(),
                account.role(), bound, account.enabled(), account.createdAt(), account.lastSignIn(),
                record == null ? null : record.invitedBy());
    }

    private Map<ClusterId, String> clusterNames() {
        return clusters.list().stream().collect(Collectors.toMap(ClusterSummary::id, ClusterSummary::name));
    }

    private String clusterText(Set<ClusterId> bound) {
        var names = clusterNames();
        return bound.stream().map(names::get).filter(java.util.Objects::nonNull).sorted(Collation.SWEDISH)
                .collect(Collectors.joining(", "));
    }

    private String region() {
        return currentUser.get().flatMap(PortalUser::regionCode)
                .orElseThrow(() -> new AccessDeniedException("No region"));
    }

    private static <T> T keycloak(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (UserDirectory.UnavailableException e) {
            throw new Rejection.Invalid("directory", UserDirectory.UnavailableException.MESSAGE_KEY);
        }
    }

    private static boolean blankOrLong(@Nullable String text) {
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
