#!/usr/bin/env node
/**
 * Makes Shenyi's application icons: `node scripts/make-icons.mjs` (needs Chromium, default
 * /usr/bin/chromium or SHENYI_CHROMIUM, and a CJK font such as fonts-noto-cjk).
 *
 * The design is one SVG (a deep red rounded square, a thin gold inner rule, 审 in white) that
 * Chromium rasterises at every size separately, so small icons are drawn at their size rather than
 * scaled down. The .ico (PNG-compressed entries, read by Windows Vista+ and NSIS 3) and the .icns
 * (PNG-based entries, macOS 10.7+) are plain containers around those PNGs, written here with Buffer.
 *
 * Output (committed): resources/icons/icon.png (1024), icon-512.png, icon.ico, icon.icns and
 * linux/NxN.png for the hicolor theme.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'resources', 'icons');

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types holding PNG data, with their pixel size. */
export const ICNS_ENTRIES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

function svg(size) {
  // Below 32 px the gold rule would be a blur; the character alone reads better.
  const rule = size >= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#b3202a"/>
      <stop offset="1" stop-color="#7d1018"/>
    </linearGradient>
  </defs>
  <rect x="${size >= 32 ? 80 : 16}" y="${size >= 32 ? 80 : 16}" width="${size >= 32 ? 864 : 992}" height="${size >= 32 ? 864 : 992}"
        rx="${size >= 32 ? 190 : 200}" fill="url(#bg)"/>
  ${rule ? '<rect x="140" y="140" width="744" height="744" rx="140" fill="none" stroke="#e8c36a" stroke-width="14"/>' : ''}
  <text x="512" y="${size >= 32 ? 490 : 500}" text-anchor="middle" dominant-baseline="central"
        font-family="'Noto Serif CJK SC','Source Han Serif SC','Noto Sans CJK SC',serif" font-weight="700"
        font-size="${size >= 32 ? 600 : 760}" fill="#ffffff">审</text>
</svg>`;
}

async function renderAll(sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.SHENYI_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
      await page.evaluate('document.fonts.ready');
      pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true, type: 'png' }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** ICONDIR (6 bytes), one 16-byte ICONDIRENTRY per image, then the PNGs. 256 is stored as 0. */
export function icoFrom(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** 'icns' + total length, then for each element its type, its length (header included) and the PNG. */
export function icnsFrom(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function main() {
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_ENTRIES.map(([, size]) => size), ...LINUX_SIZES, 1024])].sort((a, b) => a - b);
  const pngs = await renderAll(sizes);
  mkdirSync(join(OUT, 'linux'), { recursive: true });
  writeFileSync(join(OUT, 'icon.png'), pngs.get(1024));
  writeFileSync(join(OUT, 'icon-512.png'), pngs.get(512));
  for (const size of LINUX_SIZES) writeFileSync(join(OUT, 'linux', `${size}x${size}.png`), pngs.get(size));
  writeFileSync(join(OUT, 'icon.ico'), icoFrom(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  writeFileSync(join(OUT, 'icon.icns'), icnsFrom(ICNS_ENTRIES.map(([type, size]) => ({ type, png: pngs.get(size) }))));
  console.log(`icons written to ${OUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
