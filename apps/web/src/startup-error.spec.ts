import { describe, expect, it } from '@jest/globals';

import { renderStartupError } from './startup-error';

describe('renderStartupError', () => {
  it('replaces the page with a Norwegian and English explanation and the problems', () => {
    document.body.innerHTML = '<sb-root><p>Laster Samarbeid …</p></sb-root>';
    renderStartupError(document, ['"apiUrl" must be an http(s) URL.', '<img src=x onerror=alert(1)>']);

    expect(document.querySelector('sb-root')).toBeNull();
    const alert = document.querySelector('main#main [role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe('Samarbeid kan ikke starte');
    expect(alert?.querySelector('h2[lang="en"]')?.textContent).toBe('Samarbeid cannot start');
    expect(alert?.textContent).toContain('/config.json');

    const problems = Array.from(document.querySelectorAll('main li')).map((li) => li.textContent);
    expect(problems).toEqual(['"apiUrl" must be an http(s) URL.', '<img src=x onerror=alert(1)>']);
    expect(document.querySelector('main img')).toBeNull();
    expect(document.title).toBe('Samarbeid kan ikke starte – Samarbeid');
  });
});
