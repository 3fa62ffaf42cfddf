package se.klusterportalen.cluster;

import java.util.UUID;

/** A smart-specialisation area of the region's list. */
public record SmartArea(UUID id, String name) {
}
