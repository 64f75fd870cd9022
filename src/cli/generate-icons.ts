/**
 * Renders the app icons (public/icons/*.png) from one SVG drawing with Debian's Chromium.
 * Run by hand when the logo changes: `tsx src/cli/generate-icons.ts`; the PNGs are committed.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const glyph = (scale: number) => {
  const offset = (64 - 64 * scale) / 2;
  return `<g transform="translate(${offset} ${offset}) scale(${scale})"><path d="M20 50V14h14a10 10 0 0 1 0 20H26m6 0 12 16" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/></g>`;
};
// "any" icons have rounded corners; maskable ones fill the square and keep the glyph inside
// the 80 % safe zone that launchers may crop to a circle.
const svg = (maskable: boolean) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%">` +
  `<rect width="64" height="64" rx="${maskable ? 0 : 12}" fill="#1d4f91"/>${glyph(maskable ? 0.7 : 1)}</svg>`;

const targets = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
mkdirSync('public/icons', { recursive: true });
for (const { file, size, maskable } of targets) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg(maskable)}</body></html>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`${targets.length} icônes écrites dans public/icons/`);
