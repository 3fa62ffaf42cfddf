package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** A self-assessment from the opened round to the matrix, in a real browser through Keycloak. */
@IntegrationTest
class AssessmentBrowserIntegrationTest {

    /** How far each dimension's criteria are met: Mobile Heights answers S3, O3, N2, A3, F2 → overall 3. */
    static final Map<String, Integer> ANSWERED_PHASES = Map.of("S", 3, "O", 3, "N", 2, "A", 3, "F", 2);
    static final List<String> CRITERIA = List.of("S1.1", "S1.2", "S2.1", "S2.2", "S3.1", "S3.2", "S4.1", "S4.2",
            "S4.3", "O1.1", "O2.1", "O3.1", "O3.2", "O4.1", "N1.1", "N1.2", "N2.1", "N2.2", "N3.1", "N4.1", "N4.2",
            "A1.1", "A2.1", "A2.2", "A3.1", "A3.2", "A4.1", "A4.2", "F1.1", "F2.1", "F2.2", "F3.1", "F4.1");
    static final List<String> AREAS = List.of("GENDER_EQUALITY", "EQUAL_OPPORTUNITIES", "ENVIRONMENT");

    @LocalServerPort int port;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @org.springframework.beans.factory.annotation.Autowired se.klusterportalen.assessment.AssessmentFixtures fixtures;
    /** The round the test commits in Skåne, removed afterwards so no later round starts from its fixed answers. */
    private @org.jspecify.annotations.Nullable String roundName;

    @AfterEach
    void closeBrowser() {
        browser.close();
        if (roundName != null) {
            fixtures.removeCommittedRound(se.klusterportalen.testsupport.DemoUsers.SKANE, roundName);
        }
    }

    private void signInAs(String user) {
        browser.signInAtKeycloak(user, PASSWORD);
        browser.waitFor(By.id("header-user"));
    }

    private void logout() {
        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.id("kc-login"));
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(condition);
    }

    private void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private WebElement radio(String code, boolean met) {
        var buttons = browser.findAll(By.cssSelector("#met-" + code.replace('.', '-') + " vaadin-radio-button"));
        return buttons.get(met ? 0 : 1);
    }

    private void answer(String code, boolean met) {
        var radio = radio(code, met);
        scrollTo(radio);
        radio.click();
        if (met) {
            var evidence = browser.waitFor(By.cssSelector("#evidence-" + code.replace('.', '-') + " textarea"));
            evidence.sendKeys("Styrelseprotokoll och verksamhetsplan för " + code);
        }
    }

    private void chooseLevel(String area, String label) {
        var select = browser.waitFor(By.id("level-" + area));
        scrollTo(select);
        select.click();
        waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-select-item[role='option']")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().startsWith(label)));
        browser.findAll(By.cssSelector("vaadin-select-item[role='option']")).stream()
                .filter(item -> item.isDisplayed() && item.getText().startsWith(label)).findFirst().orElseThrow().click();
    }

    /** The text even where the element is scrolled out of the view's scrolling area (getText gives "" there). */
    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getDomProperty("textContent");
    }

    private void waitForContent(String id, String part) {
        waitUntil(driver -> !driver.findElements(By.id(id)).isEmpty() && text(id).contains(part));
    }

    private void scrollToTop() {
        scrollTo(browser.driver.findElement(By.id("assessment-form")).findElement(By.tagName("h1")));
    }

    @Test
    void aManagerFillsInTheOfficerReviewsAndFixesAndTheMatrixShowsTheMedians() {
        roundName = "Webbtest " + UUID.randomUUID().toString().substring(0, 6);

        browser.open("/assessments");
        signInAs(SKANE_OFFICER);
        browser.waitFor(By.id("open-round")).click();
        browser.waitFor(By.cssSelector("#round-name input")).sendKeys(roundName);
        // no cluster is chosen in advance: choose Mobile Heights
        var clusters = browser.waitFor(By.cssSelector("#round-clusters input"));
        clusters.click();
        clusters.sendKeys("Mobile");
        waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().equals("Mobile Heights")));
        browser.findAll(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals("Mobile Heights")).findFirst()
                .orElseThrow().click();
        clusters.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitFor(By.cssSelector("#round-name input")).click();
        browser.screenshot("assessment-01-open-round");
        browser.waitFor(By.id("round-create")).click();
        waitForContent("assessment-grid", "Mobile Heights");
        browser.screenshot("assessment-02-round-opened");
        logout();

        signInAs(SKANE_MANAGER);
        browser.open("/assessments");
        waitForContent("assessment-grid", "Mobile Heights");
        browser.findAll(By.cssSelector("#assessment-grid vaadin-grid-cell-content a")).getFirst().click();
        browser.waitFor(By.id("assessment-form"));
        String formUrl = browser.currentUrl();
        assertThat(text("phase-overall")).isEqualTo("0");
        // submitting the empty draft lists every missing answer at the top, each a link to its field
        var early = browser.waitFor(By.id("assessment-submit"));
        scrollTo(early);
        early.click();
        browser.waitForContent(By.id("error-summary"), "36 fel att rätta");
        assertThat(browser.findAll(By.cssSelector("#error-summary li"))).hasSize(36);
        assertThat(text("error-summary")).contains("S1.1: Ange om kriteriet är uppfyllt.")
                .contains(": Välj en nivå.");
        scrollTo(browser.driver.findElement(By.id("error-summary")));
        browser.screenshot("assessment-02b-missing-answers-listed");

        for (String code : CRITERIA) {
            int phase = Character.getNumericValue(code.charAt(1));
            answer(code, phase <= ANSWERED_PHASES.get(code.substring(0, 1)));
        }
        for (String area : AREAS) {
            chooseLevel(area, area.equals("ENVIRONMENT") ? "2" : "1");
            browser.waitFor(By.cssSelector("#analysis-" + area + " textarea")).sendKeys("Kartläggning av branschen 2025");
            browser.waitFor(By.cssSelector("#activities-" + area + " textarea")).sendKeys("Mentorprogram och workshops");
        }
        var submit = browser.waitFor(By.id("assessment-submit"));
        scrollTo(submit);
        submit.click();
        waitForContent("assessment-state", "Inskickad för granskning");
        assertThat(text("phase-S")).isEqualTo("3");
        assertThat(text("phase-F")).isEqualTo("2");
        assertThat(text("phase-overall")).isEqualTo("3");
        scrollToTop();
        browser.screenshot("assessment-03-submitted-by-manager");
        logout();

        signInAs(SKANE_OFFICER);
        browser.open(formUrl.substring(formUrl.indexOf("/assessments")));
        waitForContent("assessment-state", "Inskickad för granskning");
        var notMet = radio("A3.2", false);
        scrollTo(notMet);
        notMet.click();
        browser.waitFor(By.cssSelector("#review-comment textarea")).sendKeys("Två projekt, inte tre, enligt projektlistan");
        browser.screenshot("assessment-04-review-comment");
        browser.waitFor(By.id("review-comment-save")).click();
        waitForContent("section-phase-A", "Fas 2");
        waitForContent("criterion-A3-2", "Ändrat vid granskningen");
        browser.screenshot("assessment-05-changed-in-review");
        // S3, O3, N2, A2, F2: 2 is the most frequent now
        assertThat(text("phase-overall")).isEqualTo("2");
        var fix = browser.waitFor(By.id("assessment-fix"));
        scrollTo(fix);
        fix.click();
        // fixing cannot be undone: the officer confirms it first
        waitUntil(driver -> driver.findElements(By.cssSelector("[slot='confirm-button']")).stream()
                .anyMatch(WebElement::isDisplayed));
        assertThat(text("assessment-state")).contains("Inskickad för granskning");
        browser.screenshot("assessment-05b-fix-confirmation");
        browser.findAll(By.cssSelector("[slot='confirm-button']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow().click();
        waitForContent("assessment-state", "Fastställd");
        scrollToTop();
        browser.screenshot("assessment-06-fixed");

        browser.open("/assessments/matrix");
        browser.waitFor(By.id("matrix-round")).click();
        waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-select-item[role='option']")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().equals(roundName)));
        browser.findAll(By.cssSelector("vaadin-select-item[role='option']")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals(roundName)).findFirst().orElseThrow().click();
        waitForContent("matrix-phases", "Mobile Heights");
        assertThat(text("matrix-phases")).contains("Median");
        assertThat(text("matrix-info")).startsWith("1 av 1 ");
        browser.screenshot("assessment-07-matrix-skane");
        logout();

        signInAs(NMS_POLITICIAN);
        browser.open("/assessments/matrix");
        waitForContent("matrix-phases", "Paper Province");
        assertThat(text("matrix-phases")).contains("Median").contains("2,5");
        browser.screenshot("assessment-08-matrix-2017");
        browser.waitFor(By.cssSelector("#matrix-anonymous")).click();
        waitUntil(driver -> !driver.findElement(By.id("matrix-phases")).getText().contains("Paper Province"));
        browser.screenshot("assessment-09-matrix-2017-letters");
    }
}
