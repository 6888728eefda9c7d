package com.allinaccountability.sandbox.browser;

import com.allinaccountability.sandbox.SandboxExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox's issue page as a user sees it: sign in, open {@code /browse/KEY}, and use the accountability panel's
 * forms and the transition buttons. Waits are explicit (the panel's script answers asynchronously); nothing sleeps.
 */
final class IssuePage {

    /** The date order Chromium's date input expects when the browser runs with {@code --lang=en-US}. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MMddyyyy");

    private final WebDriver driver;
    private final SandboxExtension sandbox;
    private final String issueKey;

    private IssuePage(WebDriver driver, SandboxExtension sandbox, String issueKey) {
        this.driver = driver;
        this.sandbox = sandbox;
        this.issueKey = issueKey;
    }

    /** Signs {@code user} in through the login page (password = name) and lands on the issue. */
    static IssuePage signInAndOpen(WebDriver driver, SandboxExtension sandbox, String user, String issueKey) {
        signIn(driver, sandbox, user, "/browse/" + issueKey);
        IssuePage page = new IssuePage(driver, sandbox, issueKey);
        page.waitForPanel();
        return page;
    }

    /** Signs in and goes to {@code destination}, without waiting for anything on it. */
    static void signIn(WebDriver driver, SandboxExtension sandbox, String user, String destination) {
        driver.get(sandbox.uri("/login.jsp?os_destination=" + destination).toString());
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        driver.findElement(By.id("login-form-submit")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("header-details-user-fullname")));
    }

    static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    WebDriverWait waiting() {
        return wait(driver);
    }

    void reload() {
        driver.navigate().refresh();
        waitForPanel();
    }

    /** Waits until the panel's script has taken over the server-rendered panel. */
    void waitForPanel() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".accountability-panel")));
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!(window.AJS && AJS.$('.accountability-panel').data('accountabilityPanel'));"));
    }

    WebElement panel() {
        return driver.findElement(By.cssSelector(".accountability-panel"));
    }

    WebElement step(String step) {
        return panel().findElement(By.cssSelector("section.acc-step[data-step='" + step + "']"));
    }

    String stage() {
        return panel().findElement(By.cssSelector(".acc-stage")).getAttribute("data-stage");
    }

    List<String> healthFlags() {
        return panel().findElements(By.cssSelector(".acc-flag")).stream().map(e -> e.getAttribute("data-flag"))
                .toList();
    }

    /** The endpoints of the forms the panel offers this user, in page order. */
    List<String> forms() {
        return panel().findElements(By.cssSelector("form.acc-form")).stream()
                .map(f -> f.getAttribute("data-endpoint")).toList();
    }

    Optional<PanelForm> findForm(String endpoint) {
        return panel().findElements(By.cssSelector("form.acc-form[data-endpoint='" + endpoint + "']")).stream()
                .findFirst().map(PanelForm::new);
    }

    /** The form, opened the way users open it: a click on its step's button, if it is not open yet. */
    PanelForm form(String endpoint) {
        PanelForm form = findForm(endpoint).orElseThrow(() -> new AssertionError("No " + endpoint
                + " form in the panel of " + issueKey + "; it offers " + forms()));
        WebElement details = panel().findElement(By.cssSelector("details.acc-edit[data-for='" + endpoint + "']"));
        if (details.getDomProperty("open") == null || !Boolean.parseBoolean(details.getDomProperty("open"))) {
            details.findElement(By.cssSelector("summary.acc-edit-open")).click();
            waiting().until(ExpectedConditions.visibilityOf(form.form.findElement(By.cssSelector(
                    "button[type=submit]"))));
        }
        return form;
    }

    /** The endpoints of the forms shown open; each stays closed behind its step's button until the user opens it. */
    List<String> openForms() {
        return panel().findElements(By.cssSelector("form.acc-form")).stream().filter(WebElement::isDisplayed)
                .map(f -> f.getAttribute("data-endpoint")).toList();
    }

    /** The label of the button that opens a form. */
    String opener(String endpoint) {
        return panel().findElement(By.cssSelector("details.acc-edit[data-for='" + endpoint + "'] > summary"))
                .getText();
    }

    /** The text a {@code dd[data-field]} shows in a step's current entries (not superseded ones), as stored. */
    List<String> fieldTexts(String step, String field) {
        return step(step).findElements(By.cssSelector(".acc-entry:not(.acc-superseded) dd[data-field='" + field
                        + "']")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }

    /** The panel's current message (success, error or warning); empty when none is shown. */
    Optional<WebElement> message() {
        return panel().findElements(By.cssSelector(".acc-messages .aui-message")).stream().findFirst();
    }

    String statusLozenge() {
        return driver.findElement(By.cssSelector("#status-val .aui-lozenge")).getText();
    }

    /** Clicks a transition button and waits for the page to reload with the new status or show the refusal. */
    void clickTransition(String transitionId) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("action_id_" + transitionId))).click();
    }

    List<String> transitionRefusals() {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#transition-messages .sbx-refusal")));
        return driver.findElements(By.cssSelector("#transition-messages .sbx-refusal")).stream()
                .map(WebElement::getText).toList();
    }

    /** One of the panel's forms. */
    final class PanelForm {
        private final WebElement form;

        PanelForm(WebElement form) {
            this.form = form;
        }

        private WebElement field(String name) {
            return form.findElement(By.cssSelector("[name='" + name + "']"));
        }

        PanelForm type(String name, String text) {
            WebElement field = field(name);
            field.clear();
            field.sendKeys(text);
            return this;
        }

        PanelForm date(String name, LocalDate date) {
            WebElement field = field(name);
            field.sendKeys(TYPED_DATE.format(date));
            String typed = field.getDomProperty("value");
            if (!date.toString().equals(typed)) {
                throw new AssertionError("The date input " + name + " holds '" + typed + "' after typing " + date);
            }
            return this;
        }

        PanelForm clearDate(String name) {
            WebElement field = field(name);
            field.sendKeys(Keys.BACK_SPACE, Keys.TAB, Keys.BACK_SPACE, Keys.TAB, Keys.BACK_SPACE);
            return this;
        }

        PanelForm choose(String name, String value) {
            new Select(field(name)).selectByValue(value);
            return this;
        }

        /** Picks a radio button the way users do: AUI draws it on the label, the input itself is a 1px dot. */
        PanelForm pick(String name, String value) {
            WebElement radio = form.findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='"
                    + value + "']"));
            form.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
            if (!radio.isSelected()) {
                throw new AssertionError("Clicking the label did not pick " + name + "=" + value);
            }
            return this;
        }

        String value(String name) {
            return field(name).getDomProperty("value");
        }

        /** Saves and waits for the panel's answer; returns the message it shows. */
        Saved save() {
            Optional<WebElement> before = message();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            before.ifPresent(old -> waiting().until(ExpectedConditions.stalenessOf(old)));
            WebElement shown = waiting().until(d -> message().orElse(null));
            return new Saved(shown.getAttribute("class"), shown.getText());
        }
    }

    /** What the panel said after a save. */
    record Saved(String classes, String text) {
        boolean succeeded() {
            return classes.contains("aui-message-success");
        }

        boolean conflict() {
            return classes.contains("aui-message-warning");
        }

        @Override
        public String toString() {
            return "[" + classes + "] " + text;
        }
    }
}
