package se.klusterportalen.region;

public record RegionSummary(String code, String name) {
}
