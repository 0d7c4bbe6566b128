// Opens a `concord check --format html` report in headless Chromium and
// checks what a reader relies on: it renders without console errors, loads
// nothing but itself, runs no script but its own, shows every finding, shows
// hostile text as text, links resolve to files, and the filter works.
//
// Usage: node report_test.mjs REPORT.html REPORT.json SCREENSHOT.png [--hostile]
//   REPORT.json is `--format json` for the same inputs; --hostile also checks
//   that the markup in tests' hostile fixtures shows as text.
// Run through tests/html/run.sh, which builds the reports.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [htmlPath, jsonPath, screenshot, ...flags] = process.argv.slice(2);
if (!htmlPath || !jsonPath || !screenshot) {
  console.error('usage: node report_test.mjs REPORT.html REPORT.json SCREENSHOT.png [--hostile]');
  process.exit(2);
}
const hostile = flags.includes('--hostile');
const expected = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
const pageUrl = pathToFileURL(path.resolve(htmlPath)).href;

// What the page's filter searches, from the JSON report (html_writer.cpp's search_text).
function searchText(f) {
  const parts = [f.message, f.check, f.subject, f.predicate, f.fact];
  for (const c of f.claims) {
    parts.push(c.value, c.rule, c.citation.path, c.citation.quote, c.sentence, c.speaker ?? '', c.attribution ?? '');
  }
  return parts.concat(f.notes).join('\n').toLowerCase();
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const problems = [];   // console errors, page errors
const requests = [];   // every URL the page asked for
const dialogs = [];    // alert(), confirm(), prompt()
let failed = false;
try {
  context.on('request', (r) => requests.push(r.url()));
  // Nothing may leave the machine: anything but the report itself is refused.
  await context.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });

  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForTimeout(300);  // let a stray onerror or timer fire, if there were one

  // Every finding is drawn, and the filter script ran.
  const total = expected.findings.length;
  const findings = page.locator('article.finding');
  assert.equal(await findings.count(), total, 'finding elements vs the JSON report');
  assert.equal(await page.locator('article.finding[data-severity="error"]').count(), expected.summary.errors);
  const shown = page.locator('#shown');
  const visible = () => page.locator('article.finding:visible').count();
  if (total > 0) {
    assert.ok(await page.locator('#filters').isVisible(), 'the filter box is shown when the script runs');
    assert.equal((await shown.textContent()).trim(), `${total} of ${total} shown`);
  }
  assert.equal(await page.locator('script').count(), 2, 'only the data block and the page script');
  assert.equal(await page.locator('img, iframe, object, embed').count(), 0, 'no embedded content');

  // Links to sources resolve to files that exist.
  const hrefs = await page.$$eval('a.src, #documents a', (as) => [...new Set(as.map((a) => a.href))]);
  assert.ok(hrefs.length > 0, 'the report links to its sources');
  for (const href of hrefs) {
    assert.ok(href.startsWith('file:'), `link is a file: ${href}`);
    assert.ok(fs.existsSync(fileURLToPath(href)), `link resolves to a file: ${href}`);
  }

  if (hostile) {
    const text = await page.evaluate(() => document.body.textContent);
    for (const s of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>',
                     '"</blockquote></mark><a href=javascript:alert(3)>click</a>"', '«Ei välkommen»']) {
      assert.ok(text.includes(s), `shown as text: ${s}`);
    }
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    assert.ok(await page.getByText('wire & co #2.txt', { exact: false }).first().isVisible());
  }

  // Typing hides what does not match; the counter follows.
  const box = page.locator('#q');
  if (total > 0) {
    await box.fill('zzqx-no-such-words');
    assert.equal(await visible(), 0);
    assert.equal((await shown.textContent()).trim(), `0 of ${total} shown`);
    assert.ok(await page.locator('#none-shown').isVisible(), '"no findings match" is shown');
    assert.equal(await page.locator('section.group.entity:visible').count(), 0, 'empty groups are hidden');

    const texts = expected.findings.map(searchText);
    const word = expected.findings.map((f) => f.subject.toLowerCase()).concat(['lindqvist'])
      .find((w) => { const n = texts.filter((t) => t.includes(w)).length; return w && n > 0 && n < total; });
    if (word) {
      const n = texts.filter((t) => t.includes(word)).length;
      await box.fill(word.toUpperCase());  // case does not matter
      assert.equal(await visible(), n, `findings matching "${word}"`);
      assert.equal((await shown.textContent()).trim(), `${n} of ${total} shown`);
      console.log(`filter "${word}": ${n} of ${total} shown`);
    }
    await box.fill('');
    assert.equal(await visible(), total);

    // Severity toggles: hide the most common severity, then show it again.
    const bySeverity = {};
    for (const f of expected.findings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    const [sev, count] = Object.entries(bySeverity).sort((a, b) => b[1] - a[1])[0];
    const toggle = page.locator(`input[name="severity"][value="${sev}"]`);
    await toggle.uncheck();
    assert.equal(await visible(), total - count, `with ${sev} hidden`);
    assert.equal((await shown.textContent()).trim(), `${total - count} of ${total} shown`);
    await toggle.check();
    assert.equal(await visible(), total);

    // Check toggles too.
    const check = expected.findings[0].check;
    const ofCheck = expected.findings.filter((f) => f.check === check).length;
    await page.locator(`input[name="check"][value="${check}"]`).uncheck();
    assert.equal(await visible(), total - ofCheck, `with ${check} hidden`);
    await page.locator(`input[name="check"][value="${check}"]`).check();
  }

  await page.screenshot({ path: screenshot, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = screenshot.replace(/\.png$/, '-narrow.png');
  await page.screenshot({ path: narrow, fullPage: false });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 390px (overflow ${overflow}px)`);
  console.log(`screenshot: ${screenshot}`);
  console.log(`screenshot: ${narrow}`);

  assert.deepEqual(problems, [], 'console errors');
  assert.deepEqual(dialogs, [], 'dialogs (a script from the input ran)');
  assert.deepEqual([...new Set(requests)], [pageUrl], 'requests other than the report itself');
  console.log(`ok: ${htmlPath}: ${total} findings`);
} catch (e) {
  failed = true;
  console.error(`FAIL: ${htmlPath}: ${e.message}`);
  if (problems.length) console.error(problems.join('\n'));
  if (requests.length) console.error(`requests: ${requests.join(' ')}`);
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
