#!/usr/bin/env node
// Developer aid: screenshots of pages at phone and desktop widths, in both locales, to look at.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]   (files go to test-results/screens/)
import { chromium } from '@playwright/test';
import fs from 'node:fs';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/'];
fs.mkdirSync('test-results/screens', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const target of targets) {
  for (const prefix of ['', '/en']) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const url = `${base}${prefix}${target === '/' && prefix ? '' : target}`;
      await page.goto(url, { waitUntil: 'networkidle' });
      const name = `${(prefix || '/ar').slice(1)}${target.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`.replace(/-+\.png$/, '.png');
      await page.screenshot({ path: `test-results/screens/${name}`, fullPage: width !== 360 });
      console.log(`test-results/screens/${name}`);
      await page.close();
    }
  }
}
await browser.close();
