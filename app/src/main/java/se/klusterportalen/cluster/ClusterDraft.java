package se.klusterportalen.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a user enters for a cluster's profile: a plain form bean that the edit form binds to and the service
 * validates (field names are the keys of {@link ClusterValidationException#errors()}).
 */
public final class ClusterDraft {

    private String name;
    private String description;
    private String sector;
    private County county;
    private Set<UUID> areaIds = Set.of();
    private Integer foundingYear;
    private ClusterStatus status = ClusterStatus.ACTIVE;
    private LocalDate setUpSince;
    private LocalDate activeSince;
    private LocalDate closedOn;
    private String hostOrganisation;
    private String hostOrgNumber;
    private String website;
    private boolean englishWebsite;
    private BigDecimal managementFte;
    private boolean eccpRegistered;
    private LocalDate eccpRegisteredOn;
    private String eccpProfileUrl;
    private boolean communicationPlan;
    private LocalDate communicationPlanAdoptedOn;
    private List<ContactPerson> contacts = List.of();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public County getCounty() {
        return county;
    }

    public void setCounty(County county) {
        this.county = county;
    }

    public Set<UUID> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(Set<UUID> areaIds) {
        this.areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
    }

    public Integer getFoundingYear() {
        return foundingYear;
    }

    public void setFoundingYear(Integer foundingYear) {
        this.foundingYear = foundingYear;
    }

    public ClusterStatus getStatus() {
        return status;
    }

    public void setStatus(ClusterStatus status) {
        this.status = status;
    }

    public LocalDate getSetUpSince() {
        return setUpSince;
    }

    public void setSetUpSince(LocalDate setUpSince) {
        this.setUpSince = setUpSince;
    }

    public LocalDate getActiveSince() {
        return activeSince;
    }

    public void setActiveSince(LocalDate activeSince) {
        this.activeSince = activeSince;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public void setHostOrganisation(String hostOrganisation) {
        this.hostOrganisation = hostOrganisation;
    }

    public String getHostOrgNumber() {
        return hostOrgNumber;
    }

    public void setHostOrgNumber(String hostOrgNumber) {
        this.hostOrgNumber = hostOrgNumber;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isEnglishWebsite() {
        return englishWebsite;
    }

    public void setEnglishWebsite(boolean englishWebsite) {
        this.englishWebsite = englishWebsite;
    }

    public BigDecimal getManagementFte() {
        return managementFte;
    }

    public void setManagementFte(BigDecimal managementFte) {
        this.managementFte = managementFte;
    }

    public boolean isEccpRegistered() {
        return eccpRegistered;
    }

    public void setEccpRegistered(boolean eccpRegistered) {
        this.eccpRegistered = eccpRegistered;
    }

    public LocalDate getEccpRegisteredOn() {
        return eccpRegisteredOn;
    }

    public void setEccpRegisteredOn(LocalDate eccpRegisteredOn) {
        this.eccpRegisteredOn = eccpRegisteredOn;
    }

    public String getEccpProfileUrl() {
        return eccpProfileUrl;
    }

    public void setEccpProfileUrl(String eccpProfileUrl) {
        this.eccpProfileUrl = eccpProfileUrl;
    }

    public boolean isCommunicationPlan() {
        return communicationPlan;
    }

    public void setCommunicationPlan(boolean communicationPlan) {
        this.communicationPlan = communicationPlan;
    }

    public LocalDate getCommunicationPlanAdoptedOn() {
        return communicationPlanAdoptedOn;
    }

    public void setCommunicationPlanAdoptedOn(LocalDate communicationPlanAdoptedOn) {
        this.communicationPlanAdoptedOn = communicationPlanAdoptedOn;
    }

    public List<ContactPerson> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactPerson> contacts) {
        this.contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
