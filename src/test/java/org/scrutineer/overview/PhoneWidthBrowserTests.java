package org.scrutineer.overview;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.scrutineer.BrowserTest;
import org.scrutineer.workflow.ProcessKeys;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, 390 CSS px wide and 320 (a 1280 px screen zoomed to 400%, as WCAG's Reflow asks), no page of ours
 * scrolls sideways as a whole: a table wider than the screen scrolls inside its own region, which the keyboard can
 * reach and which is named after it; long words wrap; and the home page's chart is drawn for the narrow screen, its
 * words as large as the page's small print.
 */
class PhoneWidthBrowserTests extends BrowserTest {

    /** What is wrong on the page as it is now: wider than the window, or a region that scrolls unreachable or unnamed. */
    private static final String TOO_WIDE = """
            const problems = [];
            if (document.documentElement.scrollWidth > window.innerWidth) {
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            document.querySelectorAll('.scrutineer-table-scroll').forEach(region => {
              if (region.scrollWidth <= region.clientWidth) return;
              const named = (region.getAttribute('aria-labelledby') || '').split(' ')
                  .map(id => document.getElementById(id)).filter(e => e && e.textContent.trim()).length > 0;
              if (region.getAttribute('tabindex') !== '0' || region.getAttribute('role') !== 'region' || !named) {
                problems.push('the region of ' + region.querySelector('table').id + ' scrolls, but is not focusable and named');
              }
            });
            return problems;""";
    /** The size in CSS px that the shown chart's label is drawn at. */
    private static final String CHART_WORDS = """
            const chart = [...document.querySelectorAll('#standing-chart svg')].find(svg => svg.getClientRects().length);
            const label = chart.querySelector('.scrutineer-chart__label');
            return label.getScreenCTM().a * parseFloat(getComputedStyle(label).fontSize);""";

    @Test
    void theHomeLetterAndReportPagesFitAPhonesWidth() {
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{\"meetingDate\": \"2030-01-31\"}");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Audit under way\", \"rag\": \"GREEN\", \"percentComplete\": 50,"
                        + " \"ragReason\": \"The team is in place and the audit has begun\"}");
        api.runDueJobs();
        String reportId = api.get("chris", "/api/reports?letterId=" + letterId).json().get(0).path("id").asText();
        List<String> problems = new ArrayList<>();

        width(390);
        browser.signIn("cora");
        check("cora-home", problems);
        browser.visit("/letters/" + letterId);
        check("letter", problems);
        browser.visit("/reports/" + reportId);
        check("report", problems);
        width(390);
        browser.signOut().signIn("chris");
        check("chris-home", problems);
        browser.visit("/reports/" + reportId);
        check("chris-report", problems);

        assertThat(problems).isEmpty();
    }

    /** The page as it is at 390 px and at 320 px wide, with a screenshot of each; leaves the window at 320. */
    private void check(String page, List<String> problems) {
        for (int width : new int[] {390, 320}) {
            width(width);
            for (Object problem : (List<?>) browser.script(TOO_WIDE)) {
                problems.add(page + " at " + width + " px: " + problem);
            }
            if (page.equals("cora-home")) {
                double words = ((Number) browser.script(CHART_WORDS)).doubleValue();
                if (words < 14) {
                    problems.add(page + " at " + width + " px: the chart's words are " + Math.round(words) + " px");
                }
            }
            browser.screenshot(page + "-" + width);
        }
    }

    private void width(int px) {
        browser.driver().manage().window().setSize(new Dimension(px, 900));
    }
}
