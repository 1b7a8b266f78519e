// The look the pages promise is the look they get: every class a page uses is defined by the CSS
// the site serves (the answer marks once used colour classes no stylesheet defined, and showed as
// plain text), and the openness marks are drawn in the colour system's colours, with a symbol,
// readable on their background, on a desktop and a phone, in both languages.
import { expect, test, type Page } from "@playwright/test";
import { ANSWER_DISPLAY, ANSWER_GRADES, type AnswerGrade } from "../lib/openness";
import { contrastRatio, cssRgb } from "../lib/a11y/contrast";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { inLocale, PUBLIC_PAGES } from "./support/pages";

/** Classes on the page that no rule of its stylesheets names. */
async function undefinedClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors: string[] = [];
    const visit = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ("cssRules" in rule && rule.cssRules) visit(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
    const all = selectors.join("\n");
    const used = new Set(Array.from(document.querySelectorAll("[class]")).flatMap((element) => Array.from(element.classList)));
    // a class is defined when a selector names it whole: ".name" not followed by more of a name
    return [...used].filter((name) => {
      const escaped = CSS.escape(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return !new RegExp(`\\.${escaped}(?![\\w-]|\\\\)`).test(all);
    });
  });
}

test.describe("every class a page uses is defined by the served CSS", () => {
  for (const path of PUBLIC_PAGES) {
    test(path, async ({ page }) => {
      await page.goto(inLocale(path, "fr"));
      expect(await undefinedClasses(page)).toEqual([]);
      await page.goto(path);
      expect(await undefinedClasses(page)).toEqual([]);
    });
  }

  test("the signed-in pages", async ({ page }) => {
    const email = uniqueEmail("styles");
    setRole(email, "admin");
    await signIn(page, email);
    for (const path of ["/account/submissions", "/account/tokens", "/submit/model", "/submit/organisation", "/moderation", "/moderation/audit", "/admin/users"]) {
      await page.goto(path);
      expect(await undefinedClasses(page), path).toEqual([]);
    }
  });
});

/** Each answer mark of the part: its answer, its ground's fill or outline, the colour behind it, its size, its symbol's parts. */
async function marks(page: Page, scope: string) {
  return page.locator(`${scope} svg[data-answer]`).evaluateAll((svgs) => {
    // computed colours come as lab() or oklch() from the stylesheet: a canvas pixel gives them as sRGB
    const pixel = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (colour: string) => {
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = colour;
      pixel.fillRect(0, 0, 1, 1);
      const [r, g, b] = pixel.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    return svgs.map((svg) => {
      // a mark draws its answer's symbol, defined once per page (AnswerMarkSymbols), through <use>
      const use = svg.querySelector("use");
      const drawing = use ? document.querySelector(use.getAttribute("href")!)! : svg;
      const ground = drawing.querySelector("[data-part=ground]")!;
      const style = getComputedStyle(ground);
      let behind = "rgb(255, 255, 255)";
      for (let element = svg.parentElement; element; element = element.parentElement) {
        const colour = getComputedStyle(element).backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") {
          behind = rgb(colour);
          break;
        }
      }
      const box = svg.getBoundingClientRect();
      return {
        answer: svg.getAttribute("data-answer") as string,
        fill: style.fill,
        stroke: style.stroke,
        behind,
        width: box.width,
        height: box.height,
        symbolParts: drawing.children.length - 1,
      };
    });
  });
}

function expectDrawn(found: Awaited<ReturnType<typeof marks>>, where: string) {
  expect(found.length, where).toBeGreaterThan(0);
  for (const mark of found) {
    const display = ANSWER_DISPLAY[mark.answer as AnswerGrade];
    expect(ANSWER_GRADES, where).toContain(mark.answer);
    const colour = display.shape === "hollow" ? mark.stroke : mark.fill;
    expect(colour, `${where}: ${mark.answer}`).toBe(cssRgb(display.colour));
    expect(contrastRatio(colour, mark.behind), `${where}: ${mark.answer} on ${mark.behind}`).toBeGreaterThanOrEqual(3);
    expect(mark.width, where).toBeGreaterThanOrEqual(12);
    expect(mark.height, where).toBeGreaterThanOrEqual(12);
    expect(mark.symbolParts, where).toBeGreaterThan(0);
  }
}

for (const [locale, prefix] of [["en", ""], ["fr", "/fr"]] as const) {
  for (const width of [1366, 390]) {
    test(`the answer marks are drawn in the colour system's colours, with a symbol (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${prefix}/models/lucie-7b`);
      const scorecard = await marks(page, "[data-testid=scorecard]");
      expectDrawn(scorecard, "scorecard");
      // one mark per criterion, each beside its answer in words
      const criteria = await page.locator("[data-testid^=criterion-]").count();
      expect(scorecard).toHaveLength(criteria);
      const open = page.getByTestId("criterion-use");
      await expect(open.locator("svg[data-answer=open]")).toBeVisible();
      await expect(open.getByTestId("answer")).toHaveText(locale === "en" ? "Open" : "Ouvert");

      await page.goto(`${prefix}/models`);
      expectDrawn(await marks(page, "[data-testid=model-list]"), "model list");
      await page.goto(`${prefix}/compare?models=lucie-7b,bloom`);
      const compared = await marks(page, "[data-testid=compare-table]");
      expectDrawn(compared, "compare table");
      // every kind of answer the seed has is told apart by more than colour
      expect(new Set(compared.map((mark) => mark.answer)).size).toBeGreaterThan(1);
    });
  }
}
