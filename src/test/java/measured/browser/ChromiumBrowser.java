package measured.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One headless Chromium driven through chromedriver, both found on this machine and given to Selenium
 * explicitly (Selenium Manager never downloads anything), and kept off the network: every host name but
 * 127.0.0.1 fails to resolve. Console messages and network events are logged for {@link PageLoad}.
 */
public final class ChromiumBrowser implements AutoCloseable {

    /** Desktop window size used unless a test emulates a phone. */
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final long startedNanos = System.nanoTime();

    private ChromiumBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser; fails with what to install when Chromium or its driver is missing. */
    public static ChromiumBrowser start() {
        Path binary = find("browser.binary", "CHROME_PATH", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), "Chromium or Chrome");
        Path driverFile = find("browser.driver", "CHROMEDRIVER", List.of("/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver", "/usr/local/bin/chromedriver", "/opt/homebrew/bin/chromedriver"),
                "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverFile.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120)).pageLoadTimeout(Duration.ofSeconds(60));
        // Every load is measured cold: what a first-time reader downloads.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return new ChromiumBrowser(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs a Chrome DevTools Protocol command (permissions, device emulation, media features). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand(command, parameters);
    }

    /** Shows pages as a phone of this CSS width does (mobile viewport, touch), until {@link #desktop()}. */
    public void phone(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 2, "mobile", true));
    }

    public void desktop() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(DESKTOP);
    }

    /** Makes the page see {@code prefers-color-scheme: dark} (or light), as a system setting would. */
    public void systemColorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    public double uptimeSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static Path find(String property, String environment, List<String> candidates, String what) {
        Optional<Path> given = Stream.of(System.getProperty(property), System.getenv(environment))
                .filter(s -> s != null && !s.isBlank()).map(Path::of).findFirst();
        if (given.isPresent()) {
            return given.get();
        }
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome", "chromedriver")
                        .filter(name -> name.equals("chromedriver") == what.equals("chromedriver"))
                        .map(name -> Path.of(dir, name)));
        return Stream.concat(candidates.stream().map(Path::of), onPath)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The browser tests need " + what + ". On Debian or Ubuntu: "
                        + "apt-get install chromium chromium-driver. Elsewhere install Chrome and its chromedriver "
                        + "and pass -D" + property + "=/path (or set " + environment + ")."));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
