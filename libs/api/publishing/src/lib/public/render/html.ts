import { createHash } from 'node:crypto';

/** HTML building blocks of the public site: escaping, the page frame, tables. No script anywhere. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value. */
export function esc(value: string | number | boolean | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A piece of HTML that is already escaped (so it can be nested without escaping twice). */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

/** A tagged template that escapes every value except `Html` pieces and arrays of them. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { html: out };
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && 'html' in value) return (value as Html).html;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return esc(value);
  return '';
}

/**
 * The site's one style sheet, inline (no second request on a phone), with the app's Designsystemet colours; system
 * fonts (no font download). The print rules leave out navigation and the form, and print link addresses.
 */
export const SITE_CSS = `
:root{--accent:#0062ba;--accent-dark:#004f96;--text:#1f2c3d;--subtle:#4b5563;--tinted:#f3f4f4;--border:#b8bcc1;--surface:#ddeaf6;--danger:#8b1a1a;--ok:#1e6b34}
*{box-sizing:border-box}
html{font-family:Inter,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff;line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:var(--accent)}a:hover{color:var(--accent-dark)}
:focus-visible{outline:3px solid var(--text);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}.skip:focus{left:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
header{background:var(--accent);color:#fff}
header .wrap{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;align-items:center;padding-top:.75rem;padding-bottom:.75rem}
header a{color:#fff}
.brand{font-weight:600;font-size:1.125rem;text-decoration:none}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
nav a[aria-current]{font-weight:600}
main{padding-top:1rem;padding-bottom:2rem}
h1,h2,h3{overflow-wrap:anywhere;hyphens:auto}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.375rem;margin:2rem 0 .5rem}
h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
.lead{font-size:1.125rem;max-width:48rem}
.note{color:var(--subtle);font-size:.9375rem}
.banner{background:#fff3cd;border:2px solid #8a6d00;padding:.75rem 1rem;margin:1rem 0}
.cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));padding:0;list-style:none}
.card{border:1px solid var(--border);border-radius:.5rem;padding:1rem;background:var(--tinted)}
.card h2{margin-top:0;font-size:1.125rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9375rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--border);padding:.375rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--surface)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.formats a{margin-right:.75rem}
form{display:grid;gap:.75rem;max-width:36rem}
label{font-weight:600;display:block}
textarea,input[type=text]{width:100%;font:inherit;padding:.5rem;border:1px solid var(--subtle);border-radius:.25rem}
button{font:inherit;font-weight:600;background:var(--accent);color:#fff;border:0;border-radius:.25rem;padding:.625rem 1.25rem;cursor:pointer;justify-self:start}
button:hover{background:var(--accent-dark)}
.error{color:var(--danger);font-weight:600}.ok{color:var(--ok);font-weight:600}
footer{border-top:1px solid var(--border);background:var(--tinted);font-size:.9375rem}
footer .wrap{padding-top:1rem;padding-bottom:1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
@media print{header nav,.skip,form,.formats,footer nav{display:none}header{background:none;color:#000}header a{color:#000}
a{color:#000}main a[href^="/"]::after{content:" (" attr(href) ")";font-size:.8em}
.card{break-inside:avoid;background:none}table{font-size:10pt}thead{display:table-header-group}tr{break-inside:avoid}}
`
  .trim()
  .replace(/\n/g, '');

/** The Content-Security-Policy of every public page: its one inline style sheet by hash, forms to itself, no script. */
export const PUBLIC_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(SITE_CSS).digest('base64')}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface NavLink {
  readonly href: string;
  readonly label: string;
}

export interface PageFrame {
  readonly title: string;
  readonly description: string;
  readonly regionName: string;
  readonly home: string;
  readonly nav: readonly NavLink[];
  readonly current: string;
  readonly footer: readonly NavLink[];
  readonly banner?: string;
  readonly body: Html;
}

/** A whole page: lang="nb", a title and a description of its own, skip link, header, main, footer. */
export function page(frame: PageFrame): string {
  const navItems = frame.nav.map(
    (link) =>
      h`<li><a href="${link.href}"${raw(link.href === frame.current ? ' aria-current="page"' : '')}>${link.label}</a></li>`,
  );
  const footerItems = frame.footer.map((link) => h`<a href="${link.href}">${link.label}</a>`);
  return `<!doctype html>${
    h`<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title}</title><meta name="description" content="${frame.description}">
${raw(frame.banner ? '<meta name="robots" content="noindex">' : '')}<style>${raw(SITE_CSS)}</style></head>
<body><a class="skip" href="#main">Hopp til hovedinnholdet</a>
<header><div class="wrap"><a class="brand" href="${frame.home}">${frame.regionName}</a>
${frame.nav.length ? h`<nav aria-label="Sider"><ul>${navItems}</ul></nav>` : ''}</div></header>
<main id="main" class="wrap">${frame.banner ? h`<p class="banner" role="note">${frame.banner}</p>` : ''}${frame.body}</main>
<footer><div class="wrap"><span>${frame.regionName} · åpne data under NLOD 2.0</span>${footerItems}</div></footer>
</body></html>`.html
  }`;
}

export interface Column<T> {
  readonly heading: string;
  readonly cell: (row: T) => Html | string | number | null;
  readonly numeric?: boolean;
}

/** A data table with a caption and column headers (scope="col"), horizontally scrollable on a phone. */
export function table<T>(caption: string, columns: readonly Column<T>[], rows: readonly T[]): Html {
  const head = columns.map(
    (c) => h`<th scope="col"${raw(c.numeric ? ' class="num"' : '')}>${c.heading}</th>`,
  );
  const body = rows.map(
    (row) =>
      h`<tr>${columns.map((c) => h`<td${raw(c.numeric ? ' class="num"' : '')}>${c.cell(row) ?? '–'}</td>`)}</tr>`,
  );
  return h`<div class="scroll" role="region" tabindex="0" aria-label="${caption}"><table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
