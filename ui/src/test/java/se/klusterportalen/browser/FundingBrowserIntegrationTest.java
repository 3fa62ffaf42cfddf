package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;

/** An officer generates a tapering plan in a real browser, saves it and sees the chart. */
@IntegrationTest
class FundingBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired FundingService funding;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        login.logout();
    }

    private WebElement scrollTo(By by) {
        WebElement element = browser.waitFor(by);
        browser.scrollIntoView(element);
        return element;
    }

    private void click(By by) {
        scrollTo(by).click();
    }

    private void type(String fieldId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    @Test
    void officerGeneratesATaperingPlanSavesItAndSeesTheChart() {
        // Norra Mellansverige's demo plan for Paper Province: no view test pins its figures (ADR 0008)
        login.as(NMS_OFFICER);
        var programme = programmes.list().getFirst().id();
        var paperProvince = clusters.list().stream().filter(c -> c.name().equals("Paper Province")).findFirst().orElseThrow().id();
        login.logout();

        browser.open("/funding");
        browser.signInAtKeycloak(NMS_OFFICER, PASSWORD);
        browser.waitFor(By.cssSelector("#funding-programme-list a")).click();
        browser.waitFor(By.id("programme-funding-chart"));
        browser.screenshot("funding-01-programme");
        scrollTo(By.id("programme-cluster-grid"));
        browser.screenshot("funding-01b-programme-clusters");

        click(By.linkText("Paper Province"));
        browser.waitFor(By.id("funding-chart"));
        browser.screenshot("funding-02-cluster-before");

        click(By.id("funding-tapering"));
        browser.waitFor(By.id("tapering-dialog"));
        type("tapering-floor", "1 200 000");
        browser.findAll(By.cssSelector("#tapering-shape vaadin-radio-button")).get(1).click();
        click(By.id("tapering-calculate"));
        browser.waitForText(By.id("tapering-step"), "Minskar med");
        browser.waitFor(By.id("tapering-cost-change"));
        assertThat(browser.waitFor(By.cssSelector("#tapering-proposal-2018 input")).getAttribute("value"))
                .isEqualTo("1\u00a0200\u00a0000");
        browser.screenshot("funding-03-tapering-what-if");

        click(By.id("tapering-save"));
        browser.waitForText(By.id("funding-summary"), "lika procentsteg");
        WebElement chart = browser.waitFor(By.id("funding-chart"));
        assertThat(chart.findElements(By.cssSelector("rect.bar.planned"))).isNotEmpty();
        assertThat(chart.findElements(By.cssSelector("rect.bar.actual"))).isNotEmpty();
        assertThat(chart.findElement(By.cssSelector("polyline.share-planned")).isDisplayed()).isTrue();
        browser.screenshot("funding-04-cluster-after-save");

        login.as(NMS_OFFICER);
        var saved = funding.clusterPlan(programme, paperProvince);
        assertThat(saved.tapering().orElseThrow().floorAmount()).isEqualTo(1_200_000);
        assertThat(saved.plannedBase()).containsEntry(2016, 1_500_000L).containsEntry(2018, 1_200_000L);
    }
}
