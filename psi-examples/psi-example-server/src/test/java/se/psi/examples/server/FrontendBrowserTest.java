package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.psi.core.rules.OrebroRuleSets;

/**
 * The frontend in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs): an
 * organisation applies without a board decision and is told exactly what is missing, then applies in full and is
 * admitted; the page is photographed for the README.
 */
class FrontendBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @TempDir
  Path data;

  private ExampleServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (Boolean.getBoolean("psi.requireServices")) {
      assertThat(installed).as("Debian's chromium and chromium-driver; .ci/run installs them").isTrue();
    }
    // On a machine with only a JDK the README's test command still passes: this test is skipped, saying why.
    assumeTrue(installed, "Debian's chromium and chromium-driver are not installed (apt-get install chromium"
        + " chromium-driver); .ci/run installs them and makes this test required");
    // A fixed day, not the machine's: the page shows the decision's date and the ruleset in force on it.
    server = ExampleServer.start(new Settings("127.0.0.1", 0, data, Optional.of(TODAY)),
        new PrintStream(OutputStream.nullOutputStream()), ExampleServerTest.MACHINE);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,2200",
        "--user-data-dir=" + Files.createTempDirectory(data, "chromium"));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void MEM_3_MEM_4_an_incomplete_application_is_told_what_is_missing_and_a_complete_one_admitted() throws Exception {
    browser.get(server.uri().toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners-body"), "Verdandi Örebro"));

    signInAs("applicant");
    fillOrganisation(DemoData.APPLICANT, "Föreningen Gatans Röst");
    browser.findElement(By.id("contact-name")).sendKeys("Robin Ek");
    browser.findElement(By.id("contact-role")).sendKeys("Ordförande");
    browser.findElement(By.id("contact-email")).sendKeys("robin@example.se");
    browser.findElement(By.id("apply-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-status")));

    signInAs("committee");
    decide("Föreningen Gatans Röst");
    WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-outcome")));
    assertThat(first.getText()).contains("Ofullständig");
    assertThat(browser.findElement(By.id("decision-result")).getText()).contains("MEM-4").contains("Inte uppfyllt");

    signInAs("admin");  // an administrator may apply on an organisation's behalf
    fillOrganisation("802000-9109", "Föreningen Grannskap");
    browser.findElement(By.id("board-date")).sendKeys("02152027");  // 2027-02-15, typed as the date field wants
    browser.findElement(By.id("board-body")).sendKeys("Styrelsen");
    browser.findElement(By.id("board-ref")).sendKeys("§ 3");
    browser.findElement(By.id("contact-name")).sendKeys("Alva Lind");
    browser.findElement(By.id("contact-role")).sendKeys("Samordnare");
    browser.findElement(By.id("contact-email")).sendKeys("alva@example.se");
    browser.findElement(By.id("apply-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), "Föreningen Grannskap"));

    signInAs("committee");
    decide("Föreningen Grannskap");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-outcome"), "Antagen"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners-body"), "Föreningen Grannskap"));
    assertThat(browser.findElement(By.id("decision-result")).getText()).contains("MEM-4").contains("Uppfyllt")
        .contains(OrebroRuleSets.registry().inForceOn(TODAY).get().version() + ", " + TODAY);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#followup-chart svg")));
    // MTG-1, MTG-2: meeting formats by their names and counts that agree with their nouns, never constants.
    assertThat(browser.findElement(By.id("meetings-held")).getText())
        .isEqualTo("Genomförda möten — Stormöten: 2, Samhällssamtal: 4");
    assertThat(browser.findElement(By.id("followup-chart")).getText()).contains("2 genomförda stormöten")
        .doesNotContainPattern("[A-Z]+_[A-Z]+");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grant-journey article")));

    Path screenshot = Path.of("target/screenshots/example-server.png");
    Files.createDirectories(screenshot.getParent());
    Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(screenshot)).isPositive();

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners-h"), "Partners"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.id("majority")).getText()).contains("Civil society");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings-held"), "General meetings: 2"));
    assertThat(browser.findElement(By.id("followup-chart")).getText()).contains("2 general meetings held");
  }

  private void signInAs(String user) {
    new Select(browser.findElement(By.id("user"))).selectByValue(user);
    wait.until(ExpectedConditions.attributeToBe(By.id("user"), "value", user));
  }

  private void fillOrganisation(String number, String name) {
    for (String field : new String[] {"org-number", "org-name", "board-body", "board-ref", "contact-name",
        "contact-role", "contact-email"}) {
      browser.findElement(By.id(field)).clear();
    }
    browser.findElement(By.id("org-number")).sendKeys(number);
    browser.findElement(By.id("org-name")).sendKeys(name);
  }

  private void decide(String name) {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[contains(@class,'decide') and contains(., '" + name + "')]")));
    button.click();
  }
}
