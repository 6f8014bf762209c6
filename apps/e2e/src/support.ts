import { readFileSync } from 'node:fs';

import { expect, Locator, Page } from '@playwright/test';

// Playwright loads these files as CommonJS.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The widths every page is checked at: a desktop (Playwright's default viewport) and a phone. */
export const PHONE = { width: 390, height: 844 };
/** A wide desktop, for the layout checks. */
export const DESKTOP = { width: 1440, height: 900 };

/**
 * Runs axe-core on the page for WCAG 2.1 A and AA at desktop width and again at phone width (the viewport is put
 * back afterwards), and fails with a readable list of what is wrong and at which width.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: an inline <script> (addScriptTag) is refused by the app's
  // Content-Security-Policy (script-src 'self'), as it should be.
  await page.evaluate(AXE_SOURCE);
  const desktop = page.viewportSize();
  expect(await axeViolations(page), `axe at ${desktop?.width ?? '?'} px`).toEqual([]);
  if (!desktop) return;
  await page.setViewportSize(PHONE);
  try {
    expect(await axeViolations(page), `axe at ${PHONE.width} px (phone)`).toEqual([]);
  } finally {
    await page.setViewportSize(desktop);
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** The first whole number in an element's text ("34 tiltak" → 34). */
export async function countIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const digits = text.replace(/[\s\u00a0]/g, '').match(/\d+/);
  if (!digits) throw new Error(`No number in "${text}"`);
  return Number(digits[0]);
}

export const DEMO_PASSWORD = 'samarbeid';

/** Logs in on the identity provider's page (the development IdP or Keycloak). */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** Waits until nothing on the page says it is loading (`aria-busy`), then for the layout to settle. */
export async function waitForPageSettled(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * The page does not scroll sideways at the current width (`scrollWidth <= clientWidth` of the document); wide tables
 * scroll inside their own frame. Fails naming the elements that stick out.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const width = root.clientWidth;
    const culprits = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      // The outermost ones: an element inside one that sticks out is not named again.
      .filter(
        (element) =>
          !(element.parentElement && element.parentElement.getBoundingClientRect().right > width + 1),
      )
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
  expect(overflow, `scrolls sideways at ${page.viewportSize()?.width ?? '?'} px`).toBeNull();
}
