package se.klusterportalen.indicator;

import org.junit.jupiter.api.Test;
import se.klusterportalen.spreadsheet.Spreadsheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The block format as tab-separated text, as .xlsx and as .csv reads the same; names are mended; errors located. */
class IndicatorFileUnitTest {

    private static String sample() {
        try (var in = IndicatorFileUnitTest.class.getResourceAsStream("/indicators/indicators-sample.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndicatorFile.Parsed read(String fileName, byte[] content) {
        var errors = new ArrayList<IndicatorImportError>();
        var lines = IndicatorFile.lines(fileName, content, errors);
        assertThat(errors).isEmpty();
        return IndicatorFile.read(lines);
    }

    private static List<String> summary(IndicatorFile.Parsed parsed) {
        var out = new ArrayList<String>();
        for (var block : parsed.blocks()) {
            out.add(block.line() + " " + block.network() + " " + block.dates() + " " + block.hasDifference());
            for (var row : block.rows()) {
                var cells = new ArrayList<String>();
                row.values().forEach(c -> cells.add(c.column() + ":" + c.value().kind() + ":" + c.value().text()));
                cells.add(row.difference() == null ? "-" : row.difference().value().kind() + ":" + row.difference().value().text());
                out.add(row.line() + " " + row.name() + " " + cells);
            }
        }
        return out;
    }

    @Test
    void theSampleAsTabSeparatedText() {
        var parsed = read("rapport.tsv", sample().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.blocks()).extracting(IndicatorFile.Block::line, IndicatorFile.Block::network,
                        b -> b.rows().size())
                .containsExactly(tuple(1, "Nätverk Alfa", 9), tuple(12, "Nätverk Beta", 4));
        assertThat(parsed.blocks().getFirst().dates()).containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(summary(parsed)).contains(
                "6 Antal konkreta samarbetsaktiviteter med företag ur nätverket [2:EXACT:3, 3:SUM:7+12+4, EXACT:20]",
                "15 Antal nya produktutvecklingsprocesser [2:EXACT:0, 3:SUM:2+5, SUM:2+5]");
    }

    @Test
    void theSameTableAsXlsxAndAsCsvReadsTheSame() {
        String text = sample();
        List<List<String>> table = text.lines().map(line -> Arrays.asList(line.split("\t", -1))).toList();
        byte[] xlsx = Spreadsheets.write("Indikatorer", table.getFirst(), table.subList(1, table.size()));
        StringBuilder csv = new StringBuilder();
        table.forEach(row -> csv.append(String.join(";", row.stream().map(c -> c.contains(";") ? "\"" + c + "\"" : c).toList())).append("\r\n"));

        var expected = summary(read("rapport.tsv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(summary(read("rapport.xlsx", xlsx))).isEqualTo(expected);
        assertThat(summary(read("rapport.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    }

    @Test
    void aTxtFileGoesThroughTheSharedReaderToo() {
        assertThat(summary(read("rapport.txt", sample().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(summary(read("rapport.tsv", sample().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void windows1252TextIsReadToo() {
        var parsed = read("rapport.txt", sample().getBytes(Charset.forName("windows-1252")));
        assertThat(parsed.blocks().getFirst().network()).isEqualTo("Nätverk Alfa");
        assertThat(parsed.blocks().getFirst().rows().getLast().name()).isEqualTo("Antal nya produkter och tjänster");
    }

    @Test
    void namesAreMendedAsTheyCameOutOfAPdf() {
        assertThat(IndicatorNames.clean("Antal aktiviteter för konflikthante- ring:")).isEqualTo("Antal aktiviteter för konflikthantering");
        assertThat(IndicatorNames.clean("Antal företag i nätver- ket")).isEqualTo("Antal företag i nätverket");
        assertThat(IndicatorNames.clean("Antal små- och medelstora företag")).isEqualTo("Antal små- och medelstora företag");
        assertThat(IndicatorNames.clean("Antal\u00a0nya pro\u00adduk\u00adter :")).isEqualTo("Antal nya produkter");
        assertThat(IndicatorNames.gender("Antalet kvinnor anställda")).isEqualTo(Gender.WOMEN);
        assertThat(IndicatorNames.gender("Antal män som startat företag")).isEqualTo(Gender.MEN);
        assertThat(IndicatorNames.gender("Antal människor")).isNull();
        assertThat(IndicatorNames.totalKey("Antalet kvinnor anställda i nätverksföretagen"))
                .isEqualTo(IndicatorNames.key("Antal anställda i nätverksföretagen"));
    }

    @Test
    void errorsNameLineColumnAndText() {
        String text = """
                Inledande rad utan rubrik
                Indikatorer X: Nätverk Gamma\t2019-01-01\tsenare\tDifferens
                Indikatorer X:\t2019-01-01\t2020-12-31
                Indikatorer X: Nätverk Delta\t2019-01-01\t2020-12-31\tDifferens
                Antal företag\t12\tca tolv\t
                \t1\t2\t1
                Antal nya tjänster\t1\t2\t1\tkvar
                """;
        var parsed = read("rapport.tsv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.errors()).containsExactly(
                new IndicatorImportError(1, 1, "Inledande rad utan rubrik", "indicator.import.error.no-header"),
                new IndicatorImportError(2, 3, "senare", "indicator.import.error.not-a-date"),
                new IndicatorImportError(3, 1, "Indikatorer X:", "indicator.import.error.no-network"),
                new IndicatorImportError(5, 3, "ca tolv", "indicator.import.error.unknown-value"),
                new IndicatorImportError(6, 1, "", "indicator.import.error.no-name"),
                new IndicatorImportError(7, 5, "kvar", "indicator.import.error.extra-cell"));
    }
}
