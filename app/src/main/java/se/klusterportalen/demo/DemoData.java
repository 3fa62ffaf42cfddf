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
import se.klusterportalen.tenancy.SystemTask;

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
        SystemTask.runIn(SKANE_REGION, task -> {
            regions.ensureExists(task, "Region Skåne");
            var skaneClusters = skane(task);
            bindManager(task, "Mobile Heights", "skane.klusterledare");
            programmes.ensureExists(task, SKANE_PROGRAMME, 2017, 2021, skaneClusters);
        });
        SystemTask.runIn(NMS_REGION, task -> {
            regions.ensureExists(task, "Norra Mellansverige");
            var nmsClusters = norraMellansverige(task);
            bindManager(task, "Paper Province", "nms.klusterledare");
            programmes.ensureExists(task, NMS_PROGRAMME, 2016, 2018, nmsClusters);
        });
        log.info("Demo data present: regions {} and {}", SKANE_REGION, NMS_REGION);
    }

    private List<ClusterId> skane(SystemTask task) {
        return List.of(
                add(task, "Media Evolution", "Digitalisering och media", SKANE, ACTIVE),
                add(task, "Mobile Heights", "IoT och trådlös kommunikation", SKANE, ACTIVE),
                add(task, "Packbridge", "Förpackning och logistik", SKANE, ACTIVE),
                add(task, "Livsmedelsakademin", "Livsmedel", SKANE, ACTIVE),
                add(task, "Sustainable Business Hub", "Miljöteknik", SKANE, ACTIVE),
                add(task, "Resilient Regions Association", "Resilienta samhällen", SKANE, ACTIVE),
                add(task, "IUC Syd", "Industriell utveckling", SKANE, ACTIVE),
                add(task, "Medicon Valley Alliance", "Life science", SKANE, ACTIVE),
                add(task, "Svenskt Marintekniskt Forum", "Marin teknik", SKANE, ACTIVE),
                add(task, "Besöksnäringsklustret Skåne", "Besöksnäring", SKANE, BEING_SET_UP));
    }

    private List<ClusterId> norraMellansverige(SystemTask task) {
        return List.of(
                add(task, "ByggDialog Dalarna", "Bygg", DALARNA, ACTIVE),
                add(task, "Compare", "IKT", VARMLAND, ACTIVE),
                add(task, "DalaSportsAcademy", "Idrott och hälsa", DALARNA, ACTIVE),
                add(task, "Destination Dalarna / Visit Dalarna", "Turism", DALARNA, ACTIVE),
                add(task, "Fiber Optic Valley", "Fiberoptik, sensorer och bredband", GAVLEBORG, ACTIVE),
                add(task, "FindIT", "Industriell IT", GAVLEBORG, ACTIVE),
                add(task, "Future Position X", "Positionering", GAVLEBORG, ACTIVE),
                add(task, "Glava Energy Center", "Förnybar energi, främst sol", VARMLAND, ACTIVE),
                add(task, "High Voltage Valley", "Kraftteknik", DALARNA, ACTIVE),
                add(task, "Hudiksvalls Hydraulikkluster", "Hydraulik", GAVLEBORG, ACTIVE),
                add(task, "ITSDalarna", "Intelligenta transportsystem", DALARNA, ACTIVE),
                add(task, "IUC / Stål & Verkstad", "Industri", null, ACTIVE),
                add(task, "Nifa", "Livsmedel", null, ACTIVE),
                add(task, "Paper Province", "Trä och papper", VARMLAND, ACTIVE),
                add(task, "Triple Steelix", "Stål", DALARNA, ACTIVE),
                add(task, "Visit Värmland", "Turism", VARMLAND, ACTIVE));
    }

    private void bindManager(SystemTask task, String clusterName, String username) {
        clusters.bindManagerIfMissing(task, clusters.addIfMissing(task, clusterName, null, null, ACTIVE), username);
    }

    private ClusterId add(SystemTask task, String name, String sector, County county, ClusterStatus status) {
        return clusters.addIfMissing(task, name, sector, county, status);
    }
}
