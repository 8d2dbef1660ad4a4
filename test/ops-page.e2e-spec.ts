/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import request from 'supertest';
import { InteropSystem, startInteropSystem } from './support/interop-system';
import {
  E2E_PROCEDURE,
  e2eAccess,
  E2E_CALLER_ID,
  E2E_OPS_ID,
  e2eAuth,
} from './support/test-access';

/**
 * The ops page in a real, headless Chromium (Debian's package, driven by playwright-core) against
 * the real system: signed in with the ops key, it shows every connector UP; it shows population
 * DOWN, with its reason, within seconds of the simulator's outage, and UP again after it; the
 * keyboard alone switches maintenance on and off; every request stays on the gateway (no CDN);
 * the status badges meet WCAG AA contrast. A screenshot is kept in test-artefacts/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTEFACTS = path.resolve(__dirname, '../test-artefacts');
const SCREENSHOT = path.join(ARTEFACTS, 'ops-page.png');

let system: InteropSystem;
let browser: Browser;
let page: Page;
const requested: string[] = [];

const card = (source: string) => `.connector[data-source="${source}"]`;

function statusOf(source: string): Promise<string | null> {
  return page.locator(card(source)).getAttribute('data-status');
}

/** Waits until the connector's card shows `status`; answers how long that took, in ms. */
async function waitForStatus(source: string, status: string, timeout: number): Promise<number> {
  const startedAt = Date.now();
  await page.waitForFunction(
    ([selector, wanted]) =>
      document.querySelector(selector)?.getAttribute('data-status') === wanted,
    [card(source), status] as const,
    { timeout, polling: 200 },
  );
  return Date.now() - startedAt;
}

const activeElement = () =>
  page.evaluate(() => ({
    id: document.activeElement?.id,
    text: document.activeElement?.textContent,
    outline: document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : '',
  }));

async function signIn(key: string): Promise<void> {
  await page.locator('#api-key').focus();
  await page.keyboard.type(key);
  await page.keyboard.press('Enter');
}

function lookups(count: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const samples = await request(system.simulator.url).get(
        `/_sim/population/samples?limit=${count}`,
      );
      const { personalId, fullName, dateOfBirth } = samples.body.samples[index];
      await request(system.gatewayUrl)
        .post('/v1/population/citizen-lookups')
        .set({ ...e2eAuth(), 'X-Officer-Id': 'CB-0001', 'X-Procedure-Code': E2E_PROCEDURE })
        .send({ personalId, fullName, dateOfBirth })
        .expect(200);
    }),
  );
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium), ` +
        'as .ci/run does, or set CHROMIUM_PATH',
    );
  }
  system = await startInteropSystem({
    name: 'ops-page',
    gatewayEnv: {
      HEALTH_PROBE_INTERVAL_MS: '1000',
      // Short enough for the page to show recovery within the test's time.
      HEALTH_CACHE_FAILURE_MS: '2000',
      HEALTH_MAX_CONSUMER_LAG: '1000000',
    },
    adapterEnv: { CIRCUIT_RESET_MS: '500', UPSTREAM_RETRY_BASE_MS: '20' },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
  page.on('request', (sent) => requested.push(sent.url()));
  await page.goto(`${system.gatewayUrl}/ops`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('the ops page in Chromium (e2e)', () => {
  it('shows nothing before sign-in, and its data needs the ops role', async () => {
    await expectVisible('#sign-in');
    expect(await page.locator('.connector').count()).toBe(0);
    const shell = await request(system.gatewayUrl).get('/ops').expect(200);
    expect(shell.headers['content-security-policy']).toContain("script-src 'self'");
    expect(shell.text).not.toMatch(/population|civil-status|business-registry/);
    expect((await request(system.gatewayUrl).get('/v1/ops/connectors')).status).toBe(401);
    const asDossierCore = await request(system.gatewayUrl).get('/v1/ops/connectors').set(e2eAuth());
    expect(asDossierCore.status).toBe(403);
  });

  it('refuses a wrong key and a key without the ops role, saying which', async () => {
    await signIn('igw_AAAAAAAAAAAA_not-a-real-key');
    await page.waitForFunction(() =>
      document.querySelector('#sign-in-error')?.textContent?.includes('refused'),
    );
    await signIn(e2eAccess().caller(E2E_CALLER_ID).key);
    await page.waitForFunction(() =>
      document.querySelector('#sign-in-error')?.textContent?.includes('no ops role'),
    );
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('signs in with the ops key and shows every connector UP', async () => {
    await signIn(e2eAccess().caller(E2E_OPS_ID).key);
    await expectVisible('#board');
    await page.waitForFunction(
      () => {
        const cards = Array.from(document.querySelectorAll('.connector'));
        return (
          cards.length === 3 && cards.every((each) => each.getAttribute('data-status') === 'UP')
        );
      },
      null,
      { timeout: 30_000, polling: 200 },
    );
    expect(await page.locator(`${card('population')} .status`).textContent()).toContain('UP');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await lookups(5);
  });

  it('shows population DOWN with its reason within seconds of an outage, and UP after it', async () => {
    await system.setFaults('population', { outage: true });
    const tookDown = await waitForStatus('population', 'DOWN', 15_000);
    expect(await page.locator(`${card('population')} .reasons`).textContent()).toContain(
      'SELF_CHECK_FAILED',
    );
    expect(await page.locator(`${card('population')} .status`).textContent()).toContain('DOWN');
    expect(await page.locator('#announcer').textContent()).toMatch(/is now DOWN/);
    expect(await statusOf('civil-status')).toBe('UP');

    await system.clearFaults('population');
    const tookUp = await waitForStatus('population', 'UP', 20_000);
    console.log(`ops page: population DOWN after ${tookDown} ms, UP again after ${tookUp} ms`);
    expect(await page.locator('#announcer').textContent()).toMatch(/is now UP/);
  });

  it('switches maintenance on and off with the keyboard alone', async () => {
    await page.locator('body').focus();
    let reached = false;
    for (let presses = 0; presses < 120 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = (await activeElement()).id === 'maintenance-reason-civil-status';
    }
    expect(reached).toBe(true);
    expect((await activeElement()).outline).toBe('solid');

    await page.keyboard.type('Ministry upgrade of the registry API');
    await page.keyboard.press('Enter');
    await waitForStatus('civil-status', 'DOWN', 10_000);
    expect(await page.locator(`${card('civil-status')} .badge`).isVisible()).toBe(true);
    expect(await page.locator(`${card('civil-status')} .reasons`).textContent()).toContain(
      'MAINTENANCE',
    );
    expect((await activeElement()).text).toBe('End maintenance of civil-status');
    expect(await page.locator('#announcer').textContent()).toMatch(
      /Maintenance of civil-status started|is now DOWN/,
    );

    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`ops page screenshot: ${SCREENSHOT}`);

    await page.keyboard.press('Enter');
    await waitForStatus('civil-status', 'UP', 10_000);
    expect(await page.locator(`${card('civil-status')} .badge`).isVisible()).toBe(false);
    expect((await activeElement()).id).toBe('maintenance-reason-civil-status');
  });

  it('draws the latency history and writes the recent errors by code', async () => {
    const chart = page.locator(`${card('population')} svg.sparkline`);
    expect(await chart.getAttribute('aria-label')).toMatch(/latency over the last 15 minutes/);
    expect(await page.locator(`${card('population')} .p95`).getAttribute('points')).not.toBe('');
    expect(await page.locator(`${card('population')} .recent-errors`).textContent()).toMatch(
      /Recent errors by code|No errors/,
    );
  });

  it('gives every status badge a WCAG AA contrast, and asks nothing of any other host', async () => {
    const ratios = await page.evaluate(() => {
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((value) => {
          const channel = Number(value) / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return Array.from(document.querySelectorAll('.status, .badge')).map((badge) => {
        const style = getComputedStyle(badge);
        const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
          (a, b) => b - a,
        );
        return (light + 0.05) / (dark + 0.05);
      });
    });
    expect(ratios.length).toBeGreaterThanOrEqual(3);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(system.gatewayUrl))).toEqual([]);
  });
});

async function expectVisible(selector: string): Promise<void> {
  await page.locator(selector).waitFor({ state: 'visible', timeout: 10_000 });
}
