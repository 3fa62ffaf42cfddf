package se.klusterportalen.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

/**
 * What a user enters for a cluster's profile: a plain form bean that the edit form binds to and the service
 * validates (field names are the keys of {@link Rejection.Invalid#errors()}). The profile's fields live in
 * its groups ({@link ProfileBasics}, {@link ProfileLifecycle}, {@link ProfileHost}, {@link ProfileWeb},
 * {@link ProfileEccp}, {@link ProfileCommunication}) — the same embeddables the entity stores and that declare the
 * import columns; the getters and setters here are the form's view of them.
 */
public final class ClusterDraft {

    ProfileBasics basics = new ProfileBasics();
    ProfileLifecycle lifecycle = new ProfileLifecycle();
    ProfileHost host = new ProfileHost();
    ProfileWeb web = new ProfileWeb();
    ProfileEccp eccp = new ProfileEccp();
    ProfileCommunication communication = new ProfileCommunication();
    private Set<UUID> areaIds = Set.of();
    private List<ContactPerson> contacts = List.of();

    public String getName() {
        return basics.name;
    }

    public void setName(String name) {
        this.basics.name = name;
    }

    public String getDescription() {
        return basics.description;
    }

    public void setDescription(String description) {
        this.basics.description = description;
    }

    public String getSector() {
        return basics.sector;
    }

    public void setSector(String sector) {
        this.basics.sector = sector;
    }

    public County getCounty() {
        return basics.county;
    }

    public void setCounty(County county) {
        this.basics.county = county;
    }

    public Set<UUID> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(Set<UUID> areaIds) {
        this.areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
    }

    public Integer getFoundingYear() {
        return lifecycle.foundingYear;
    }

    public void setFoundingYear(Integer foundingYear) {
        this.lifecycle.foundingYear = foundingYear;
    }

    public ClusterStatus getStatus() {
        return lifecycle.status;
    }

    public void setStatus(ClusterStatus status) {
        this.lifecycle.status = status;
    }

    public LocalDate getSetUpSince() {
        return lifecycle.setUpSince;
    }

    public void setSetUpSince(LocalDate setUpSince) {
        this.lifecycle.setUpSince = setUpSince;
    }

    public LocalDate getActiveSince() {
        return lifecycle.activeSince;
    }

    public void setActiveSince(LocalDate activeSince) {
        this.lifecycle.activeSince = activeSince;
    }

    public LocalDate getClosedOn() {
        return lifecycle.closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.lifecycle.closedOn = closedOn;
    }

    public String getHostOrganisation() {
        return host.hostOrganisation;
    }

    public void setHostOrganisation(String hostOrganisation) {
        this.host.hostOrganisation = hostOrganisation;
    }

    public String getHostOrgNumber() {
        return host.hostOrgNumber;
    }

    public void setHostOrgNumber(String hostOrgNumber) {
        this.host.hostOrgNumber = hostOrgNumber;
    }

    public String getWebsite() {
        return web.website;
    }

    public void setWebsite(String website) {
        this.web.website = website;
    }

    public boolean isEnglishWebsite() {
        return web.englishWebsite;
    }

    public void setEnglishWebsite(boolean englishWebsite) {
        this.web.englishWebsite = englishWebsite;
    }

    public BigDecimal getManagementFte() {
        return eccp.managementFte;
    }

    public void setManagementFte(BigDecimal managementFte) {
        this.eccp.managementFte = managementFte;
    }

    public boolean isEccpRegistered() {
        return eccp.eccpRegistered;
    }

    public void setEccpRegistered(boolean eccpRegistered) {
        this.eccp.eccpRegistered = eccpRegistered;
    }

    public LocalDate getEccpRegisteredOn() {
        return eccp.eccpRegisteredOn;
    }

    public void setEccpRegisteredOn(LocalDate eccpRegisteredOn) {
        this.eccp.eccpRegisteredOn = eccpRegisteredOn;
    }

    public String getEccpProfileUrl() {
        return eccp.eccpProfileUrl;
    }

    public void setEccpProfileUrl(String eccpProfileUrl) {
        this.eccp.eccpProfileUrl = eccpProfileUrl;
    }

    public boolean isCommunicationPlan() {
        return communication.communicationPlan;
    }

    public void setCommunicationPlan(boolean communicationPlan) {
        this.communication.communicationPlan = communicationPlan;
    }

    public LocalDate getCommunicationPlanAdoptedOn() {
        return communication.communicationPlanAdoptedOn;
    }

    public void setCommunicationPlanAdoptedOn(LocalDate communicationPlanAdoptedOn) {
        this.communication.communicationPlanAdoptedOn = communicationPlanAdoptedOn;
    }

    public List<ContactPerson> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactPerson> contacts) {
        this.contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /**
     * A cluster's profile read for its edit form, and the version it was read at (hand it back to
     * {@link ClusterService#update}).
     */
    public record Loaded(ClusterDraft draft, long version) {
    }
}
