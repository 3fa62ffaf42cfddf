package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** The portfolio in a real browser: grid, cluster page, edit form, import preview. */
@IntegrationTest
class ClusterPortfolioBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
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

    private ClusterId idOf(String name) {
        login.as(SKANE_OFFICER);
        try {
            return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
        } finally {
            login.logout();
        }
    }

    private List<String> gridTexts() {
        return browser.findAll(By.cssSelector("#cluster-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private void click(String id) {
        WebElement element = browser.waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void type(String fieldId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    @Test
    void officerEditsAClusterAndSeesTheChangeInTheGridAndInTheHistory() {
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        browser.screenshot("10-portfolio-grid");

        browser.findAll(By.cssSelector("#cluster-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("Packbridge")).findFirst().orElseThrow().click();
        browser.waitForText(By.cssSelector("#cluster-page h1"), "Packbridge");
        browser.waitFor(By.id("cluster-section-history"));
        browser.screenshot("11-cluster-page");

        browser.waitFor(By.id("cluster-edit")).click();
        browser.waitFor(By.id("edit-sector"));
        browser.screenshot("12-edit-form");
        type("edit-sector", "Förpackning, logistik och e-handel");
        click("cluster-save");

        browser.waitForText(By.cssSelector("#cluster-page h1"), "Packbridge");
        browser.waitForText(By.id("profile-sector"), "Förpackning, logistik och e-handel");
        browser.waitForText(By.id("cluster-section-history"), "Förpackning och logistik → Förpackning, logistik och e-handel");
        assertThat(browser.waitFor(By.id("cluster-section-history")).getText()).contains("Sara Handläggare");
        browser.screenshot("13-cluster-page-after-edit");

        browser.open("/clusters");
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        assertThat(gridTexts()).contains("Förpackning, logistik och e-handel");
    }

}
