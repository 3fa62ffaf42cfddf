package se.klusterportalen.preference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which columns the signed-in person hides in a grid, remembered per user and region (so it follows them to another
 * browser or computer and is never shared by two people on one computer). Grids and columns are named by their keys
 * (letters, digits, '.', '-', at most 80 characters; at most 40 hidden columns); a bad key is refused with
 * {@link Rejection.Invalid} ("preference.column.invalid") and nothing is saved.
 */
@Service
public class GridPreferenceService {

    static final int MAX_KEY_LENGTH = 80;
    static final int MAX_HIDDEN = 40;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9.\\-]{1," + MAX_KEY_LENGTH + "}");

    private final GridColumnChoiceRepository choices;
    private final CurrentUser currentUser;

    GridPreferenceService(GridColumnChoiceRepository choices, CurrentUser currentUser) {
        this.choices = choices;
        this.currentUser = currentUser;
    }

    /** The keys of the columns the signed-in person hid in {@code grid}; empty when they never chose. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Set<String> hiddenColumns(String grid) {
        requireKey(grid);
        return choices.findByUsernameAndGrid(currentUser.require().username(), grid)
                .map(GridColumnChoice::hidden).orElse(Set.of());
    }

    /** Remembers that the signed-in person hides exactly {@code hidden} in {@code grid} (audited). */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional
    public void hideColumns(String grid, Set<String> hidden) {
        requireKey(grid);
        if (hidden.size() > MAX_HIDDEN) {
            throw new Rejection.Invalid("hidden", "preference.column.invalid");
        }
        hidden.forEach(GridPreferenceService::requireKey);
        String username = currentUser.require().username();
        var choice = choices.findByUsernameAndGrid(username, grid)
                .orElseGet(() -> choices.save(new GridColumnChoice(username, grid)));
        choice.hide(new LinkedHashSet<>(hidden.stream().sorted().toList()));
    }

    private static void requireKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new Rejection.Invalid("grid", "preference.column.invalid");
        }
    }
}
