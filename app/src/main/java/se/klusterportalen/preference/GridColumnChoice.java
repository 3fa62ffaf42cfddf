package se.klusterportalen.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The columns one user hid in one grid of their region; the keys are comma-separated. */
@Entity
@Table(name = "grid_column_choice")
@Audited
class GridColumnChoice extends RegionOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String grid;

    @Column(name = "hidden_columns", nullable = false)
    private String hiddenColumns;

    protected GridColumnChoice() {
    }

    GridColumnChoice(String username, String grid) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.grid = grid;
        this.hiddenColumns = "";
    }

    Set<String> hidden() {
        var keys = new LinkedHashSet<String>();
        Arrays.stream(hiddenColumns.split(",")).filter(key -> !key.isBlank()).forEach(keys::add);
        return keys;
    }

    void hide(Set<String> keys) {
        this.hiddenColumns = String.join(",", keys);
    }
}
