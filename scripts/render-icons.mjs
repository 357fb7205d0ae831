// Renders assets/icon.svg to the PNG sizes the manifest asks for, in Debian's Chromium.
// Run by hand after changing the SVG; the PNGs are committed.
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

const svg = await readFile(resolve("assets/icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
const page = await browser.newPage();
for (const size of [16, 32, 64, 80, 128]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${sized}</body></html>`
  );
  await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
}
await browser.close();
