package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;
import se.klusterportalen.security.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Fails on a text that exists in one language only, or on a key the code uses that neither bundle has. */
class MessagesSyncUnitTest {

    @Test
    void swedishAndEnglishFilesComeInPairs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            var names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).allSatisfy(name -> assertThat(names)
                    .contains(name.replace("_sv.", "_en.")).contains(name.replace("_en.", "_sv.")));
        }
    }

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([a-z0-9.-]+[a-zA-Z0-9_-]*)\"|title = \"([a-z0-9.-]+)\"");

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(MessagesI18NProvider.texts(locale).keySet());
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() {
        assertThat(keys(MessagesI18NProvider.ENGLISH)).isEqualTo(keys(MessagesI18NProvider.SWEDISH));
    }

    @Test
    void noTextIsEmpty() {
        for (Locale locale : new MessagesI18NProvider().getProvidedLocales()) {
            var texts = MessagesI18NProvider.texts(locale);
            assertThat(texts).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role.keycloakName());
        }
        for (var status : se.klusterportalen.cluster.ClusterStatus.values()) {
            used.add("cluster.status." + status.name());
        }
        for (var level : se.klusterportalen.label.LabelLevel.values()) {
            used.add("label.level." + level.name());
        }
        for (var rating : se.klusterportalen.label.IndicatorRating.values()) {
            used.add("label.rating." + rating.name());
        }
        for (var indicator : se.klusterportalen.label.GoldIndicator.values()) {
            used.add("label.indicator." + indicator.code());
        }
        for (var kind : se.klusterportalen.label.LabelWarning.Kind.values()) {
            used.add("label.warning." + kind.name());
        }
        for (var status : se.klusterportalen.programme.GoalStatus.values()) {
            used.add("programme.goal.status." + status.name());
        }
        for (var kind : se.klusterportalen.programme.GoalKind.values()) {
            used.add("programme.goal.kind." + kind.name());
        }
        for (var status : se.klusterportalen.programme.MilestoneStatus.values()) {
            used.add("programme.milestone.status." + status.name());
        }
        for (var stream : se.klusterportalen.funding.StandardStream.values()) {
            used.add("funding.stream." + stream.name());
        }
        for (var kind : se.klusterportalen.funding.StreamKind.values()) {
            used.add("funding.kind." + kind.name());
            used.add("funding.kind.short." + kind.name());
        }
        for (var shape : se.klusterportalen.funding.TaperingShape.values()) {
            used.add("funding.shape." + shape.name());
            used.add("funding.shape.short." + shape.name());
        }
        for (var warning : se.klusterportalen.funding.FundingWarning.Type.values()) {
            used.add("funding.warning." + warning.name());
        }
        for (var status : se.klusterportalen.cluster.ClusterStatus.values()) {
            used.add("cluster.state." + status.name());
        }
        for (var type : se.klusterportalen.cluster.MemberType.values()) {
            used.add("cluster.member-type." + type.name());
        }
        for (var criterion : se.klusterportalen.cluster.EccpCriterion.values()) {
            used.add("cluster.eccp.unmet." + criterion.name());
        }
        for (var action : se.klusterportalen.cluster.ImportResult.Action.values()) {
            used.add("cluster.import.action." + action.name());
        }
        for (var kind : se.klusterportalen.cluster.ImportKind.values()) {
            used.add("cluster.import.kind." + kind.name());
            used.add("cluster.import.template." + kind.name());
        }
        for (var subject : se.klusterportalen.cluster.ClusterChange.Subject.values()) {
            for (var kind : se.klusterportalen.cluster.ClusterChange.Kind.values()) {
                used.add("cluster.history." + subject.name() + "." + kind.name());
            }
        }
        for (var state : se.klusterportalen.assessment.AssessmentState.values()) {
            used.add("assessment.state." + state.name());
        }
        for (var tieBreak : se.klusterportalen.assessment.TieBreak.values()) {
            used.add("assessment.tie." + tieBreak.name());
        }

        Set<String> known = keys(MessagesI18NProvider.SWEDISH);
        // "role." + name: a prefix the code completes at run time; its completions are added above
        Set<String> prefixes = new TreeSet<>(used.stream().filter(key -> key.endsWith(".")).toList());
        used.removeAll(prefixes);

        assertThat(used).hasSizeGreaterThan(20);
        assertThat(known).containsAll(used);
        assertThat(prefixes).allSatisfy(prefix -> assertThat(known).anyMatch(key -> key.startsWith(prefix)));
    }
}
