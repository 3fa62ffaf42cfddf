package se.klusterportalen.cluster;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A profile group: whether the cluster has an adopted communication plan, and since when (see {@link ProfileBasics}). */
@Embeddable
class ProfileCommunication {

    boolean communicationPlan;
    @Nullable LocalDate communicationPlanAdoptedOn;

    static final List<ProfileColumn<ProfileCommunication>> COLUMNS = List.of(
            new ProfileColumn<>("Kommunikationsplan", "communicationPlan", "ja eller nej", "ja",
                    (g, v) -> g.communicationPlan = ClusterImport.yesNo(v), g -> g.communicationPlan),
            new ProfileColumn<>("Kommunikationsplan antagen", "communicationPlanAdoptedOn", "Datum ÅÅÅÅ-MM-DD",
                    "2020-02-01", (g, v) -> g.communicationPlanAdoptedOn = ClusterImport.date(v),
                    g -> g.communicationPlanAdoptedOn));

    ProfileCommunication copy() {
        var copy = new ProfileCommunication();
        copy.communicationPlan = communicationPlan;
        copy.communicationPlanAdoptedOn = communicationPlanAdoptedOn;
        return copy;
    }
}
