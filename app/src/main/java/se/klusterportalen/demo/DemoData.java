package se.klusterportalen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.tenancy.RegionContext;

import java.util.List;

import static se.klusterportalen.cluster.ClusterStatus.ACTIVE;
import static se.klusterportalen.cluster.ClusterStatus.BEING_SET_UP;
import static se.klusterportalen.cluster.County.DALARNA;
import static se.klusterportalen.cluster.County.GAVLEBORG;
import static se.klusterportalen.cluster.County.SKANE;
import static se.klusterportalen.cluster.County.VARMLAND;

/**
 * The two demo regions and their clusters from the programme documents (shared/DOMAIN.md). Loaded only when
 * {@code klusterportal.demo-data} is true (profiles dev and test), and only what is missing, so a kept
 * database is not duplicated.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class DemoData {

    static final String SKANE_REGION = "skane";
    static final String NMS_REGION = "norra-mellansverige";

    static final String SKANE_PROGRAMME = "Klusterutvecklingsprogram 2017–2021";
    static final String NMS_PROGRAMME = "Smart specialisering Norra Mellansverige 2016–2018";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionService regions;
    private final ClusterService clusters;

    private final ProgrammeService programmes;

    DemoData(RegionService regions, ClusterService clusters, ProgrammeService programmes) {
        this.regions = regions;
        this.clusters = clusters;
        this.programmes = programmes;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        regions.ensureExists(SKANE_REGION, "Region Skåne");
        regions.ensureExists(NMS_REGION, "Norra Mellansverige");
        var skaneClusters = RegionContext.callAs(SKANE_REGION, this::skane);
        var nmsClusters = RegionContext.callAs(NMS_REGION, this::norraMellansverige);
        RegionContext.runAs(SKANE_REGION, () -> bindManager("Mobile Heights", "skane.klusterledare"));
        RegionContext.runAs(NMS_REGION, () -> bindManager("Paper Province", "nms.klusterledare"));
        RegionContext.runAs(SKANE_REGION, () -> programmes.ensureExists(SKANE_PROGRAMME, 2017, 2021, skaneClusters));
        RegionContext.runAs(NMS_REGION, () -> programmes.ensureExists(NMS_PROGRAMME, 2016, 2018, nmsClusters));
        log.info("Demo data present: regions {} and {}", SKANE_REGION, NMS_REGION);
    }

    private List<ClusterId> skane() {
        return List.of(
                add("Media Evolution", "Digitalisering och media", SKANE, ACTIVE),
                add("Mobile Heights", "IoT och trådlös kommunikation", SKANE, ACTIVE),
                add("Packbridge", "Förpackning och logistik", SKANE, ACTIVE),
                add("Livsmedelsakademin", "Livsmedel", SKANE, ACTIVE),
                add("Sustainable Business Hub", "Miljöteknik", SKANE, ACTIVE),
                add("Resilient Regions Association", "Resilienta samhällen", SKANE, ACTIVE),
                add("IUC Syd", "Industriell utveckling", SKANE, ACTIVE),
                add("Medicon Valley Alliance", "Life science", SKANE, ACTIVE),
                add("Svenskt Marintekniskt Forum", "Marin teknik", SKANE, ACTIVE),
                add("Besöksnäringsklustret Skåne", "Besöksnäring", SKANE, BEING_SET_UP));
    }

    private List<ClusterId> norraMellansverige() {
        return List.of(
                add("ByggDialog Dalarna", "Bygg", DALARNA, ACTIVE),
                add("Compare", "IKT", VARMLAND, ACTIVE),
                add("DalaSportsAcademy", "Idrott och hälsa", DALARNA, ACTIVE),
                add("Destination Dalarna / Visit Dalarna", "Turism", DALARNA, ACTIVE),
                add("Fiber Optic Valley", "Fiberoptik, sensorer och bredband", GAVLEBORG, ACTIVE),
                add("FindIT", "Industriell IT", GAVLEBORG, ACTIVE),
                add("Future Position X", "Positionering", GAVLEBORG, ACTIVE),
                add("Glava Energy Center", "Förnybar energi, främst sol", VARMLAND, ACTIVE),
                add("High Voltage Valley", "Kraftteknik", DALARNA, ACTIVE),
                add("Hudiksvalls Hydraulikkluster", "Hydraulik", GAVLEBORG, ACTIVE),
                add("ITSDalarna", "Intelligenta transportsystem", DALARNA, ACTIVE),
                add("IUC / Stål & Verkstad", "Industri", null, ACTIVE),
                add("Nifa", "Livsmedel", null, ACTIVE),
                add("Paper Province", "Trä och papper", VARMLAND, ACTIVE),
                add("Triple Steelix", "Stål", DALARNA, ACTIVE),
                add("Visit Värmland", "Turism", VARMLAND, ACTIVE));
    }

    private void bindManager(String clusterName, String username) {
        clusters.bindManagerIfMissing(clusters.addIfMissing(clusterName, null, null, ACTIVE), username);
    }

    private ClusterId add(String name, String sector, County county, ClusterStatus status) {
        return clusters.addIfMissing(name, sector, county, status);
    }
}
