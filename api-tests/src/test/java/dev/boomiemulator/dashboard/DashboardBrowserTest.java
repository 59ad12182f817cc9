package dev.boomiemulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's chromium, headless, driven by Selenium through Debian's chromium-driver
 * ({@code .ci/run} installs both). Skipped where they are not installed, so {@code mvn verify} still runs on a
 * machine with only Java and Maven. The last screen is kept as {@code target/dashboard.png}.
 */
@BoomiEmulatorTest
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Files.write(Path.of("target", "dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void the_clock_moves_in_the_browser_and_an_execution_settles_on_it(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock(Instant.parse("2026-07-01T08:00:00Z"));
        String recordUrl = Platform.as(emulator)
                .body("{\"processId\":\"" + Demo.ORDER_SYNC + "\",\"atomId\":\"" + Demo.ONLINE_ATOM + "\"}")
                .post("/ExecutionRequest").then().statusCode(200).extract().path("recordUrl");

        browser.get(emulator.baseUrl() + "/_emulator/ui");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBe(By.id("message"), "ready"));
        assertThat(browser.findElement(By.id("clock-now")).getText()).isEqualTo("2026-07-01T08:00:00Z");
        assertThat(browser.findElement(By.id("clock-frozen")).getText()).isEqualTo("(frozen)");
        // the request the test sent is in the journal, with its body
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "/ExecutionRequest"));

        // the execution as the store holds it, found with the search box
        new Select(browser.findElement(By.id("account"))).selectByValue("demo-account");
        browser.findElement(By.id("search")).sendKeys(recordUrl.substring(recordUrl.lastIndexOf('/') + 1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tables"), "INPROCESS"));

        // advance the clock in the browser, poll as a client does, and see the run complete in the browser
        WebElement seconds = browser.findElement(By.id("advance-seconds"));
        seconds.clear();
        seconds.sendKeys("600");
        browser.findElement(By.id("advance")).click();
        wait.until(ExpectedConditions.textToBe(By.id("clock-now"), "2026-07-01T08:10:00Z"));
        Platform.as(emulator).get(recordUrl).then().statusCode(200);
        browser.findElement(By.id("refresh-state")).click();
        // the row held COMPLETE already, as its final status: wait for the refreshed row, whose status is no longer
        // INPROCESS (waiting for COMPLETE alone passed on the old table, and failed when the refresh was slow)
        wait.ignoring(StaleElementReferenceException.class).until(page -> {
            String tables = page.findElement(By.id("tables")).getText();
            return tables.contains("COMPLETE") && !tables.contains("INPROCESS");
        });
        assertThat(browser.findElement(By.id("tables")).getText()).contains(" COMPLETE ").doesNotContain("INPROCESS");
    }

    @Test
    void a_request_shows_its_body_and_answer_and_reset_undoes_changes(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"Seen in the browser\"}").post("/Environment").then().statusCode(200);
        browser.get(emulator.baseUrl() + "/_emulator/ui");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBe(By.id("message"), "ready"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "/Environment"));
        wait.ignoring(StaleElementReferenceException.class).until(page -> {
            page.findElement(By.cssSelector("#requests tr.request")).click();
            return page.findElement(By.id("request-detail")).getText().contains("Seen in the browser");
        });

        browser.findElement(By.id("reset")).click();
        wait.until(ExpectedConditions.textToBe(By.id("message"), "reset to the fixtures"));
        Platform.as(emulator).post("/Environment/query").then().body("numberOfResults", org.hamcrest.Matchers.equalTo(2));
    }
}
