package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterUnitTest {

    @Test
    void aQuarterAsDueDateIsItsLastDay() {
        assertThat(Quarter.parse("2017 Q2").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(Quarter.parse("2016 Q1").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(Quarter.parse("2016 Q3").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2016, 9, 30));
        assertThat(Quarter.parse("2018 Q4").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void readsCommonSpellingsAndRefusesOthers() {
        assertThat(Quarter.parse("2017q2")).contains(new Quarter(2017, 2));
        assertThat(Quarter.parse(" 2017-Q3 ")).contains(new Quarter(2017, 3));
        assertThat(Quarter.parse("2017 Q5")).isEmpty();
        assertThat(Quarter.parse("Q2")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
    }

    @Test
    void knowsTheQuarterOfADate() {
        assertThat(Quarter.of(LocalDate.of(2017, 4, 1))).isEqualTo(new Quarter(2017, 2));
        assertThat(Quarter.of(LocalDate.of(2017, 3, 31))).isEqualTo(new Quarter(2017, 1));
        assertThat(new Quarter(2017, 4).next()).isEqualTo(new Quarter(2018, 1));
        assertThat(new Quarter(2017, 2).firstDay()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(new Quarter(2017, 2)).hasToString("2017 Q2");
    }
}
