package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The form error summary's links move the keyboard focus into their field in a real browser, for every kind of field
 * the forms use, not only text fields ({@code ClusterPortfolioBrowserIntegrationTest} checks those): a select and a
 * date picker (the label dialog) and a multi-select combo box (a new assessment round). Each time the focus is first
 * put somewhere else, then the link is clicked. Nothing is saved: every save here is refused.
 */
@IntegrationTest
class ErrorSummaryFocusBrowserIntegrationTest {

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

    @Test
    void theSummaryLinksFocusASelectAndADatePicker() {
        login.as(SKANE_OFFICER);
        var packbridge = clusters.list().stream().filter(c -> c.name().equals("Packbridge")).findFirst()
                .orElseThrow().id();
        login.logout();
        browser.open("/clusters/" + packbridge);
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        click("label-add");
        click("label-save");

        browser.waitForContent(By.id("error-summary"), "Nivå");
        waitForFocusIn("label-level");
        clickLinkAfterFocusingElsewhere("label-issuer-reference");
        waitForFocusIn("label-level");
        browser.screenshot("30-label-dialog-summary-focus-select");

        click("label-cancel");
        // Packbridge's Silver label: its form is filled in; without the assessment date it is refused on that field
        browser.waitFor(By.cssSelector("#label-history vaadin-button[aria-label='Ändra märkning']")).click();
        var date = browser.waitFor(By.id("label-assessed-on")).findElement(By.cssSelector("input"));
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE, org.openqa.selenium.Keys.TAB);
        click("label-save");
        browser.waitForContent(By.id("error-summary"), "Bedömd");
        clickLinkAfterFocusingElsewhere("label-issuer-reference");
        waitForFocusIn("label-assessed-on");
        browser.screenshot("31-label-dialog-summary-focus-date-picker");
    }

    @Test
    void theSummaryLinkFocusesAMultiSelectComboBox() {
        browser.open("/assessments");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        click("open-round");
        browser.waitFor(By.id("round-name")).findElement(By.cssSelector("input"))
                .sendKeys("Fokusprov " + java.util.UUID.randomUUID().toString().substring(0, 8));
        click("round-create");

        browser.waitForContent(By.id("error-summary"), "Kluster som ska skatta sig");
        clickLinkAfterFocusingElsewhere("round-name");
        waitForFocusIn("round-clusters");
        browser.screenshot("32-round-dialog-summary-focus-combo-box");
    }

    /** Puts the focus into another field, then clicks the summary's first link. */
    private void clickLinkAfterFocusingElsewhere(String otherFieldId) {
        browser.waitFor(By.id(otherFieldId)).findElement(By.cssSelector("input")).click();
        waitForFocusIn(otherFieldId);
        click("error-summary-link-0");
    }

    /** The link's click goes to the server, which moves the focus: wait until it is inside the field. */
    private void waitForFocusIn(String fieldId) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> (Boolean) js(
                "const f = document.getElementById(arguments[0]); const a = document.activeElement;"
                        + " return a === f || f.contains(a) || (f.shadowRoot && f.shadowRoot.contains(a));", fieldId));
        assertThat((Boolean) js("const f = document.getElementById(arguments[0]); const a = document.activeElement;"
                + " return a === f || f.contains(a);", fieldId)).as("focus in " + fieldId).isTrue();
    }

    private void click(String id) {
        WebElement element = browser.waitFor(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
