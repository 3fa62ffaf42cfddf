package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What importing an indicator file would save, or why it cannot: the networks found, where each goes, the
 * indicators matched to the catalogue (or proposed as new), every value with its recognised kind and the
 * reported difference against the computed one. Nothing is saved by a preview.
 */
public record IndicatorImportPreview(List<NetworkPreview> networks, List<IndicatorImportError> errors) {

    public IndicatorImportPreview {
        networks = List.copyOf(networks);
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    public long values() {
        return networks.stream().flatMap(n -> n.indicators().stream()).mapToLong(i -> i.values().size()).sum();
    }

    public long proposedIndicators() {
        return networks.stream().flatMap(n -> n.indicators().stream()).filter(i -> i.indicator() == null)
                .map(i -> IndicatorNames.key(i.name())).distinct().count();
    }

    public long mismatches() {
        return networks.stream().flatMap(n -> n.indicators().stream()).filter(IndicatorRow::differenceMismatch).count();
    }

    /**
     * @param line  the block's header line
     * @param name  the network as the header names it ("Nätverk Alfa" of "Indikatorer Exempelregionen: Nätverk Alfa")
     * @param dates the measurement dates of the block's value columns, in order
     */
    public record NetworkPreview(int line, String name, NetworkTarget target, List<LocalDate> dates,
                                 List<IndicatorRow> indicators) {
        public NetworkPreview {
            dates = List.copyOf(dates);
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * @param writtenName        the name as the file writes it
     * @param name               the cleaned name (or the catalogue's name when matched)
     * @param indicator          the catalogue's indicator, {@code null} when proposed as new
     * @param gender             for a proposed indicator: the gender part its name counts
     * @param reportedDifference the difference the file reports between the first and the last date, {@code null}
     *                           when the block has no difference column
     * @param computedDifference the difference computed from the values (first to last date)
     */
    public record IndicatorRow(int line, String writtenName, String name, @Nullable UUID indicator,
                               @Nullable Gender gender, List<DatedValue> values,
                               @Nullable IndicatorValue reportedDifference, Difference computedDifference,
                               boolean differenceMismatch) {
        public IndicatorRow {
            values = List.copyOf(values);
        }
    }

    public record DatedValue(LocalDate date, IndicatorValue value) {
    }
}
