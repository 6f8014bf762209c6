import { createHash } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';

import { h, page, PUBLIC_PAGE_CSP, SITE_CSS } from './html';

describe('the public pages’ HTML', () => {
  it('escapes every value, so data can never become markup', () => {
    expect(h`<p>${'<script>alert("x")</script> & \'y\''}</p>`.html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('is a whole Norwegian page with a title, a description and the style sheet the CSP allows', () => {
    const html = page({
      title: 'Tiltak – Region',
      description: 'Alle tiltakene.',
      regionName: 'Region',
      home: '/offentlig/region',
      nav: [{ href: '/offentlig/region', label: 'Oversikt' }],
      current: '/offentlig/region',
      footer: [],
      body: h`<h1>Tiltak</h1>`,
    });
    expect(html).toMatch(/^<!doctype html><html lang="nb">/);
    expect(html).toContain('<title>Tiltak – Region</title>');
    expect(html).toContain('aria-current="page"');
    expect(html).not.toContain('<script');
    const hash = createHash('sha256').update(SITE_CSS).digest('base64');
    expect(PUBLIC_PAGE_CSP).toContain(`'sha256-${hash}'`);
    expect(html).toContain(`<style>${SITE_CSS}</style>`);
  });
});
