package se.klusterportalen.cluster;

/** The kinds of member a cluster counts; two or more kinds make the triple-helix mix ECCP asks for. */
public enum MemberType {
    SME, LARGE_COMPANY, ACADEMIA, PUBLIC_SECTOR, OTHER
}
