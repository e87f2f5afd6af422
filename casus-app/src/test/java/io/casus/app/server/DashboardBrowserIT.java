package io.casus.app.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.casus.ingest.Sources;
import io.casus.store.EventFilter;
import io.casus.store.EventStore;
import io.casus.store.PageRequest;
import io.casus.store.SyntheticData;
import io.casus.store.duckdb.DuckDbEventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium: picks a dyad with events, waits for the chart and an event with its
 * evidence, and saves {@code target/dashboard.png}. Skipped when chromium or chromedriver is not installed.
 */
class DashboardBrowserIT {
    static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void dyadViewShowsChartAndEvidence() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": apt-get install chromium");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + ": apt-get install chromium-driver");
        try (EventStore store = DuckDbEventStore.open(dir.resolve("data"))) {
            SyntheticData.fill(store, 2000, 1);
            var e = store.events(EventFilter.asserted(), PageRequest.of(0, 1)).items().get(0).event();
            String a = e.source().actor().country();
            String b = e.target().actor().country();
            try (ApiServer server = ApiServer.create(store, new Sources().byFormat("jsonl").orElseThrow(),
                    x -> { throw new IllegalStateException("no posting in this test"); }, null).start("127.0.0.1", 0)) {
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + Files.createDirectory(dir.resolve("chrome-profile")));
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
                ChromeDriver driver = new ChromeDriver(service, options);
                try {
                    driver.get("http://127.0.0.1:" + server.port() + "/#/dyad");
                    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                    WebElement inA = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dyad-a")));
                    inA.clear();
                    inA.sendKeys(a);
                    WebElement inB = driver.findElement(By.id("dyad-b"));
                    inB.clear();
                    inB.sendKeys(b);
                    driver.findElement(By.cssSelector("#dyad-form button[type=submit]")).click();
                    wait.until(ExpectedConditions.attributeToBe(By.id("dyad-chart"), "data-ready", "true"));
                    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#dyad-events .ev .evidence")));
                    assertFalse(row.getText().isBlank(), "event row without evidence text");
                    assertTrue(driver.findElement(By.id("dyad-total")).getText().contains("events"));
                    Path shot = Path.of("target", "dashboard.png");
                    Files.createDirectories(shot.getParent());
                    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
                    assertTrue(Files.size(shot) > 10_000, "screenshot too small");
                } finally {
                    driver.quit();
                }
            }
        }
    }
}
