package se.klusterportalen.cluster;

import java.util.UUID;

/** A named member organisation with its type and the year it joined (if known). */
public record NamedMember(UUID id, String name, MemberType type, Integer memberSince) {
}
