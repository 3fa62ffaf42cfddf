package se.klusterportalen.funding;

/** Who pays: the region itself, other public bodies, or private money (members, companies). */
public enum StreamKind {
    REGIONAL, OTHER_PUBLIC, PRIVATE
}
