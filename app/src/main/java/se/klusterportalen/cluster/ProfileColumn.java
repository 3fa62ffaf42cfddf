package se.klusterportalen.cluster;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a profile group as a column of the cluster import and its template: header, documentation, how a
 * cell is read into the group and which value tells whether an import changes it. Each group declares its own
 * columns next to its fields, so a new profile field is declared in one class.
 *
 * @param field the property name (also the key of validation errors and of the audit history)
 * @param read  reads a stripped cell into the group; throws {@link ClusterImport.CellException} for bad input
 * @param value the field's value, compared before and after an import
 */
record ProfileColumn<G>(String header, String field, String format, String example, BiConsumer<G, String> read,
                        Function<G, Object> value) {

    /** The group's columns as columns of the whole draft, reaching the group through {@code group}. */
    static <G> List<ClusterImport.Column<ClusterDraft>> onDraft(List<ProfileColumn<G>> columns,
                                                                Function<ClusterDraft, G> group) {
        return columns.stream().map(column -> new ClusterImport.Column<ClusterDraft>(column.header(), column.field(),
                false, column.format(), column.example(),
                (draft, text) -> column.read().accept(group.apply(draft), text),
                draft -> column.value().apply(group.apply(draft)))).toList();
    }
}
