#!/usr/bin/env node
// Renders RenderDocument directives with Amazon's APL web renderer (apl-viewhost-web, APL core compiled to WebAssembly)
// in Debian's headless Chromium, at a round (Echo Spot), a landscape (Echo Show) and a small landscape (Fire TV) viewport, and checks what a
// person would see: every expected text really laid out inside the visible screen, the countdown following the
// clock, and the touch buttons sending their words. Writes a screenshot of each screen and viewport.
//
//   node render.js OUT_DIR DIRECTIVE.json...
//
// Each directive file is what Screens.java sends, plus an "expect" object written beside it by ScreenSamples:
// { texts: [...], holdMs, leadMs, buttons: [...] }. The page's clock is Playwright's fake clock, so the countdown is
// checked at exact moments whatever the machine's load. Nothing leaves the machine: every request is refused.
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VIEWPORTS = [
  { name: 'round', width: 480, height: 480, shape: 'ROUND', mode: 'HUB', dpi: 160 },
  { name: 'landscape', width: 1280, height: 800, shape: 'RECTANGLE', mode: 'HUB', dpi: 160 },
  { name: 'tv', width: 960, height: 540, shape: 'RECTANGLE', mode: 'TV', dpi: 160 }, // the smallest landscape
];
// As the machine notes require on this closed network: no background connections, a fresh profile.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const STEP_MS = 30000; // no single wait in a page may take longer than this

function countdownText(seconds) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

async function renderOne(browser, file, viewport, outDir) {
  const directive = JSON.parse(fs.readFileSync(file, 'utf8'));
  const expect = directive.expect;
  const problems = [];
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  context.setDefaultTimeout(STEP_MS);
  await context.route('**/*', route => route.abort()); // fonts and anything else: the network is closed
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(error.message));
  const clip = viewport.shape === 'ROUND' ? 'border-radius:50%;overflow:hidden;' : '';
  await page.setContent(`<html><body style="margin:0;background:#000">
    <div id="apl" style="position:relative;width:${viewport.width}px;height:${viewport.height}px;${clip}"></div>
    </body></html>`);
  await page.addScriptTag({ path: require.resolve('apl-viewhost-web') });
  // The WebAssembly runtime starts on real time; the fake clock takes over before the document's first tick.
  await page.waitForFunction(() => window.Module && window.Module.Content);
  await page.clock.install({ time: new Date('2026-01-01T21:30:00Z') });
  const started = await page.evaluate(async ({ directive, viewport }) => {
    const apl = window.AplRenderer;
    window.sentEvents = [];
    const content = apl.Content.create(JSON.stringify(directive.document));
    for (const [name, value] of Object.entries(directive.datasources || {})) {
      content.addData(name, JSON.stringify(value));
    }
    if (content.isError()) {
      return 'the renderer could not read the document';
    }
    const renderer = apl.default.create({
      content,
      view: document.getElementById('apl'),
      environment: { agentName: 'cramp-coach-screens', agentVersion: '1.0' },
      viewport: { width: viewport.width, height: viewport.height, dpi: viewport.dpi, shape: viewport.shape,
        mode: viewport.mode },
      theme: 'dark',
      utcTime: Date.now(),
      localTimeAdjustment: 0,
      onSendEvent: event => window.sentEvents.push(event.arguments),
    });
    await renderer.init();
    window.renderer = renderer;
    return 'ok';
  }, { directive, viewport });
  if (started !== 'ok') {
    problems.push(started);
  }
  await page.clock.runFor(500);

  // A text counts as drawn when an element holding exactly it has a size, lies inside the screen (inside the
  // circle on a round one) and is not painted in the background colour.
  const visible = text => page.evaluate(({ text, round }) => {
    const root = document.getElementById('apl').getBoundingClientRect();
    // The innermost elements holding exactly the text: a wrapped text may be drawn as one element per line.
    const same = el => el.textContent.replace(/\s+/g, ' ').trim() === text;
    const hits = [...document.querySelectorAll('#apl *')]
      .filter(el => same(el) && ![...el.children].some(same));
    for (const el of hits) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width < 1 || box.height < 1 || style.visibility === 'hidden' || style.opacity === '0') continue;
      // Cut off by a component that clips its children (APL components hide what overflows them)?
      let clipped = false;
      for (let parent = el.parentElement; parent && parent.id !== 'apl'; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow === 'visible') continue;
        const edge = parent.getBoundingClientRect();
        if (box.left < edge.left - 1 || box.right > edge.right + 1 || box.top < edge.top - 1 || box.bottom > edge.bottom + 1) {
          clipped = true;
        }
      }
      if (clipped) return `cut off by the component around it at ${Math.round(box.left)},${Math.round(box.top)}`;
      const corners = [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]];
      const inside = corners.every(([x, y]) => {
        if (x < root.left - 1 || x > root.right + 1 || y < root.top - 1 || y > root.bottom + 1) return false;
        if (!round) return true;
        const r = root.width / 2;
        return Math.hypot(x - root.left - r, y - root.top - r) <= r + 1;
      });
      if (inside) return 'ok';
      return `laid out at ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}, outside the screen`;
    }
    return hits.length === 0 ? 'not drawn' : 'drawn with no size';
  }, { text, round: viewport.shape === 'ROUND' });

  for (const text of expect.texts) {
    const seen = await visible(text);
    if (seen !== 'ok') problems.push(`"${text}": ${seen}`);
  }
  const shot = path.join(outDir, `${path.basename(file, '.json')}-${viewport.name}.png`);
  if (expect.holdMs) {
    const hold = expect.holdMs / 1000;
    const first = await visible(countdownText(hold));
    if (first !== 'ok') problems.push(`countdown at the start: "${countdownText(hold)}" ${first}`);
    // Ten seconds into the hold (after the words before it), the countdown must say ten seconds less. APL core
    // catches up on the ticks a jump skips, so this cannot tell counting ticks from reading elapsedTime; the Java
    // test StepDocumentTest checks that the tick handler reads elapsedTime.
    await page.clock.fastForward(expect.leadMs + 10000);
    await page.clock.runFor(400);
    const later = await visible(countdownText(hold - 10));
    if (later !== 'ok') problems.push(`countdown 10 s into the hold: "${countdownText(hold - 10)}" ${later}`);
  }
  await page.screenshot({ path: shot });
  for (const button of expect.buttons || []) {
    const seen = await visible(button.label);
    if (seen !== 'ok') problems.push(`button "${button.label}": ${seen}`);
    const target = page.locator('#apl *', { hasText: new RegExp(`^${button.label}$`) }).last();
    await target.click();
    await page.clock.runFor(300);
    const sent = await page.evaluate(() => window.sentEvents.splice(0));
    const wanted = [[button.argument, expect.routine, expect.step]];
    if (JSON.stringify(sent) !== JSON.stringify(wanted)) {
      problems.push(`touching "${button.label}" sent ${JSON.stringify(sent)}, not ${JSON.stringify(wanted)}`);
    }
  }
  if (pageErrors.length > 0) problems.push(`page errors: ${pageErrors.join('; ')}`);
  await context.close();
  return { shot, problems };
}

async function main([outDir, ...files]) {
  if (!outDir || files.length === 0) {
    console.error('usage: node render.js OUT_DIR DIRECTIVE.json...');
    return 2;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let failed = 0;
  let checked = 0;
  try {
    for (const file of files) {
      for (const viewport of VIEWPORTS) {
        const { shot, problems } = await renderOne(browser, file, viewport, outDir);
        checked++;
        if (problems.length > 0) {
          failed++;
          problems.forEach(problem => console.log(`${path.basename(file)} ${viewport.name}: ${problem}`));
        }
        console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${path.basename(file)} at ${viewport.width}x${viewport.height} (${viewport.name}) -> ${shot}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`screens: ${checked - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(code => process.exit(code), error => {
  console.error(`screens: ${error.stack || error}`);
  process.exit(1);
});
