import { expect, test } from '@playwright/test';

import { logIn } from './support';

type WithViolations = Window & { __cspViolations?: string[] };

test.describe('innholdssikkerhet / Content-Security-Policy', () => {
  test('the app runs under its strict policy: no violation, Angular’s styles applied through the nonce', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const target = window as WithViolations;
        target.__cspViolations = [
          ...(target.__cspViolations ?? []),
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        ];
      });
    });

    const first = await page.goto('/');
    const policy = first?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'/);
    expect(policy).not.toContain('unsafe-inline');

    await logIn(page, 'sekretariat');
    await expect(page).toHaveURL(/\/$/);
    for (const path of [
      '/tiltak',
      '/plan',
      '/tiltak/T5?fane=okonomi',
      '/okonomi',
      '/avtaler',
      '/nettverk',
      '/kommuner',
      '/fokus',
      '/rapportering',
    ]) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
    }

    // Component styles are <style> elements Angular inserted with the response's nonce.
    expect(await page.evaluate(() => document.querySelectorAll('head style[nonce]').length)).toBeGreaterThan(
      0,
    );
    const reported = await page.evaluate(() => (window as WithViolations).__cspViolations ?? []);
    expect([...violations, ...reported]).toEqual([]);
  });
});
