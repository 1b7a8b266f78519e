// The site's static files live in public/ (the design's top level): the icon and the touch icon,
// declared by every page and served as they are.
import { expect, test } from "@playwright/test";

for (const path of ["/", "/fr", "/models/lucie-7b", "/fr/organisations/silo-ai"]) {
  test(`${path} declares the icons of public/, which are served`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/icon.svg");
    const svg = await request.get("/icon.svg");
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");

    const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect(touch).toBe("/apple-touch-icon.png");
    const png = await request.get(touch!);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([180, 180]);
  });
}
