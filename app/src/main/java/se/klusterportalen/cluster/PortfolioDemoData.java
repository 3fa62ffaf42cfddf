package se.klusterportalen.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.klusterportalen.tenancy.SystemTask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Profiles and member counts for the 26 demo clusters (after the foundation's DemoData has created them). Member
 * totals follow shared/DOMAIN.md where it gives them (Media Evolution about 400, Mobile Heights about 100, ...);
 * the rest, the organisation numbers (valid check digits, invented) and contact persons are invented for the demo.
 * Only profiles never described are filled, so a kept database is left as its users edited it.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class PortfolioDemoData {

    private static final Logger log = LoggerFactory.getLogger(PortfolioDemoData.class);

    private static final String SKANE = "skane";
    private static final String NMS = "norra-mellansverige";

    private static final String MATERIALS = "Smarta material";
    private static final String CITIES = "Smarta hållbara städer";
    private static final String HEALTH = "Personlig hälsa";

    private static final String DIGITAL = "Digitalisering";
    private static final String ENERGY = "Energi och miljöteknik";
    private static final String FOREST = "Skog och bioekonomi";
    private static final String STEEL = "Stål och avancerad tillverkning";
    private static final String VISITORS = "Besöksnäring, idrott och hälsa";

    /** A demo cluster's facts; {@code members} is the latest year's total. */
    private record Facts(String name, String description, Integer founded, int members, String fte, boolean english,
                         boolean eccp, boolean plan, String website, String host, List<String> areas) {
    }

    private final ClusterSeeder clusters;

    PortfolioDemoData(ClusterSeeder clusters) {
        this.clusters = clusters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        SystemTask.runIn(SKANE, task -> describe(task, skane(), List.of(MATERIALS, CITIES, HEALTH), 2017, 2021));
        SystemTask.runIn(NMS, task -> describe(task, norraMellansverige(),
                List.of(DIGITAL, ENERGY, FOREST, STEEL, VISITORS), 2016, 2018));
        SystemTask.runIn(SKANE, task -> named(task, "Mobile Heights", List.of(
                new NamedMember(null, "Ericsson", MemberType.LARGE_COMPANY, 2008),
                new NamedMember(null, "Lunds universitet", MemberType.ACADEMIA, 2008),
                new NamedMember(null, "Malmö universitet", MemberType.ACADEMIA, 2010))));
        SystemTask.runIn(NMS, task -> named(task, "Paper Province", List.of(
                new NamedMember(null, "Karlstads universitet", MemberType.ACADEMIA, 2001),
                new NamedMember(null, "Region Värmland", MemberType.PUBLIC_SECTOR, 2001))));
        log.info("Demo portfolio present: profiles, areas and member counts of the demo clusters");
    }

    private void describe(SystemTask task, List<Facts> all, List<String> areaNames, int firstYear, int lastYear) {
        var areaIds = new java.util.HashMap<String, UUID>();
        areaNames.forEach(name -> areaIds.put(name, clusters.areaIfMissing(task, name).id()));
        int index = 0;
        for (Facts facts : all) {
            index++;
            ClusterId id = clusters.clusterIfMissing(task, facts.name(), null, null, ClusterStatus.ACTIVE);
            int number = index;
            clusters.describeIfBlank(task, id, draft -> {
                draft.setDescription(facts.description());
                draft.setFoundingYear(facts.founded());
                if (draft.getStatus() == ClusterStatus.BEING_SET_UP) {
                    draft.setSetUpSince(LocalDate.of(lastYear, 3, 1));
                } else if (facts.founded() != null) {
                    draft.setActiveSince(LocalDate.of(facts.founded(), 1, 1));
                }
                draft.setAreaIds(Set.copyOf(facts.areas().stream().map(areaIds::get).toList()));
                draft.setHostOrganisation(facts.host());
                draft.setHostOrgNumber(organisationNumber(number + (SKANE.equals(task.regionCode()) ? 0 : 40)));
                draft.setWebsite(facts.website());
                draft.setEnglishWebsite(facts.english());
                draft.setManagementFte(new BigDecimal(facts.fte()));
                draft.setEccpRegistered(facts.eccp());
                draft.setEccpRegisteredOn(facts.eccp() ? LocalDate.of(2019, 1 + number % 12, 10) : null);
                draft.setCommunicationPlan(facts.plan());
                draft.setCommunicationPlanAdoptedOn(facts.plan() ? LocalDate.of(2019, 1 + (number * 5) % 12, 1) : null);
                draft.setContacts(List.of(ContactPerson.create(CONTACT_NAMES.get(number % CONTACT_NAMES.size()),
                        "Klusterledare", "kontakt@" + domainOf(facts.website()), "010-" + (100 + number) + " 20 00")));
            });
            int years = lastYear - firstYear + 1;
            for (int year = firstYear; year <= lastYear; year++) {
                if (facts.members() < 20 && year < lastYear) {
                    continue; // a cluster being set up has counted its members once
                }
                double factor = 1.0 - 0.05 * (lastYear - year) * (years > 3 ? 1.0 : 1.2);
                clusters.membersIfMissing(task, id, split(year, (int) Math.round(facts.members() * factor)));
            }
        }
    }

    private void named(SystemTask task, String clusterName, List<NamedMember> members) {
        ClusterId id = clusters.clusterIfMissing(task, clusterName, null, null, ClusterStatus.ACTIVE);
        members.forEach(m -> clusters.namedMemberIfMissing(task, id, m.name(), m.type(), m.memberSince()));
    }

    /** A plausible mix: mostly small and medium-sized companies, some large ones, academia and public sector. */
    private static MemberCounts split(int year, int total) {
        if (total < 20) {
            return MemberCounts.of(year, total, 0, 0, 0, 0);
        }
        int large = Math.round(total * 0.10f);
        int academia = Math.max(1, Math.round(total * 0.06f));
        int publicSector = Math.max(1, Math.round(total * 0.08f));
        int other = Math.round(total * 0.04f);
        return MemberCounts.of(year, total - large - academia - publicSector - other, large, academia, publicSector,
                other);
    }

    /** Invented numbers of Swedish non-profit associations (802...), with a valid check digit. */
    private static String organisationNumber(int index) {
        String nine = "8024" + String.format("%05d", 13_579 + index * 211);
        return nine.substring(0, 6) + "-" + nine.substring(6) + OrganisationNumber.checkDigit(nine);
    }

    private static String domainOf(String website) {
        return website.replaceFirst("https?://(www\\.)?", "").replaceFirst("/.*", "");
    }

    private static final List<String> CONTACT_NAMES = List.of("Anna Lindqvist", "Erik Holm", "Maria Sandberg",
            "Johan Ek", "Sofia Nyström", "Karin Berg", "Lars Öberg", "Elin Åkesson", "Peter Dahl", "Emma Strand");

    private static List<Facts> skane() {
        return List.of(
                new Facts("Media Evolution", "Medlemsorganisation för digitalisering, media och kreativa näringar i "
                        + "Malmö och Skåne.", 2008, 400, "6.0", true, true, true, "https://www.mediaevolution.se",
                        "Media Evolution ekonomisk förening", List.of(CITIES)),
                new Facts("Mobile Heights", "Klustret för IoT, trådlös och mobil kommunikation i Öresundsregionen.",
                        2008, 100, "3.0", true, true, true, "https://mobileheights.org", "Mobile Heights ideell förening",
                        List.of(CITIES, HEALTH)),
                new Facts("Packbridge", "Förpackningsklustret: förpackning, logistik och hållbara material.", 2010, 210,
                        "2.5", true, true, false, "https://www.packbridge.com", "Packbridge ideell förening",
                        List.of(MATERIALS)),
                new Facts("Livsmedelsakademin", "Nätverk för livsmedelsbranschen i södra Sverige.", 1994, 90, "3.5",
                        true, false, true, "https://www.livsmedelsakademin.se", "Livsmedelsakademin ideell förening",
                        List.of(HEALTH)),
                new Facts("Sustainable Business Hub", "Miljöteknikklustret för hållbar affärsutveckling.", null, 120,
                        "2.0", true, true, true, "https://www.sbhub.se", "Sustainable Business Hub ideell förening",
                        List.of(CITIES)),
                new Facts("Resilient Regions Association", "Nätverk för resilienta samhällen och krisberedskap.", 2010,
                        30, "0.4", false, false, false, "https://www.resilientregions.org",
                        "Resilient Regions Association ideell förening", List.of(CITIES)),
                new Facts("IUC Syd", "Industriellt utvecklingscentrum för tillverkande företag i Skåne.", null, 130,
                        "1.5", false, false, true, "https://www.iucsyd.se", "IUC Syd AB", List.of(MATERIALS)),
                new Facts("Medicon Valley Alliance", "Dansk-svensk life science-klusterorganisation.", 1997, 210, "8.0",
                        true, true, true, "https://mva.org", "Medicon Valley Alliance ideell förening",
                        List.of(HEALTH, MATERIALS)),
                new Facts("Svenskt Marintekniskt Forum", "Forum för marin teknik och sjöfart.", 2007, 100, "1.0", true,
                        false, false, "https://www.marintekniskt.se", "Svenskt Marintekniskt Forum ideell förening",
                        List.of(MATERIALS)),
                new Facts("Besöksnäringsklustret Skåne", "Ett kluster för besöksnäringen som håller på att byggas upp.",
                        null, 12, "0.25", false, false, false, "https://www.besoksnaringenskane.se",
                        "Tourism in Skåne AB", List.of(CITIES)));
    }

    private static List<Facts> norraMellansverige() {
        var all = new ArrayList<Facts>();
        all.add(nms("ByggDialog Dalarna", "Samverkan inom bygg- och fastighetssektorn i Dalarna.", 60, "1.0", STEEL));
        all.add(nms("Compare", "IKT-klustret i Karlstad.", 120, "3.0", DIGITAL));
        all.add(nms("DalaSportsAcademy", "Idrott, hälsa och produktutveckling i Dalarna.", 35, "0.5", VISITORS));
        all.add(nms("Destination Dalarna / Visit Dalarna", "Dalarnas besöksnäring.", 200, "4.0", VISITORS));
        all.add(nms("Fiber Optic Valley", "Fiberoptik, sensorer och bredband.", 70, "2.0", DIGITAL));
        all.add(nms("FindIT", "Industriell IT i Gävleborg.", 40, "1.0", DIGITAL));
        all.add(nms("Future Position X", "Geografisk IT och positionering.", 45, "2.0", DIGITAL));
        all.add(nms("Glava Energy Center", "Förnybar energi, främst solenergi.", 55, "2.0", ENERGY));
        all.add(nms("High Voltage Valley", "Kraftteknik och elektrifiering.", 50, "1.5", ENERGY));
        all.add(nms("Hudiksvalls Hydraulikkluster", "Hydraulikföretag kring Hudiksvall.", 20, "0.3", STEEL));
        all.add(nms("ITSDalarna", "Intelligenta transportsystem.", 25, "0.5", DIGITAL));
        all.add(nms("IUC / Stål & Verkstad", "Stål- och verkstadsindustrin.", 90, "2.0", STEEL));
        all.add(nms("Nifa", "Livsmedelsföretag i norra Mellansverige.", 45, "1.0", VISITORS));
        all.add(nms("Paper Province", "Skogsindustriklustret i Värmland: trä, papper och bioekonomi.", 110, "4.0", FOREST));
        all.add(nms("Triple Steelix", "Stålklustret i Bergslagen.", 80, "2.0", STEEL));
        all.add(nms("Visit Värmland", "Värmlands besöksnäring.", 300, "3.0", VISITORS));
        return all;
    }

    private static Facts nms(String name, String description, int members, String fte, String area) {
        boolean established = members >= 50;
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return new Facts(name, description, null, members, fte, established, established && members >= 100,
                established, "https://www." + slug + ".se", name + " ekonomisk förening", List.of(area));
    }
}
