import type { ServerResponse } from 'node:http';

/**
 * Keycloak's third-party-cookie check, which keycloak-js loads in a hidden frame before a silent check-sso
 * (`<realm>/protocol/openid-connect/3p-cookies/step1.html`): step 1 sets a short-lived cookie and goes on to step 2,
 * which tells the app ("supported" / "unsupported") whether the cookie came back inside the frame. Without it
 * keycloak-js waits for an answer that never comes. The scripts are files of their own, so the pages need no
 * inline script; the pages may be framed by the web app's origins only.
 */
export const THIRD_PARTY_COOKIE_PATH = '/protocol/openid-connect/3p-cookies/';

const COOKIE = 'KEYCLOAK_3P_COOKIE';

const FILES: Readonly<Record<string, { type: string; body: string }>> = {
  'step1.html': { type: 'text/html; charset=utf-8', body: page('step1.js') },
  'step2.html': { type: 'text/html; charset=utf-8', body: page('step2.js') },
  'step1.js': {
    type: 'text/javascript; charset=utf-8',
    body: `document.cookie = "${COOKIE}_SAMESITE=supported; Max-Age=60; SameSite=None; Secure";
document.cookie = "${COOKIE}=supported; Max-Age=60";
window.location.replace("step2.html");
`,
  },
  'step2.js': {
    type: 'text/javascript; charset=utf-8',
    body: `var supported = document.cookie.indexOf("${COOKIE}") !== -1;
document.cookie = "${COOKIE}_SAMESITE=; Max-Age=0; SameSite=None; Secure";
document.cookie = "${COOKIE}=; Max-Age=0";
window.parent.postMessage(supported ? "supported" : "unsupported", "*");
`,
  },
};

function page(script: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Samarbeid</title><script src="${script}"></script></head><body></body></html>`;
}

/** Answers `<file>` of the check (step1.html, step2.html and their scripts); false for any other name. */
export function sendThirdPartyCookieCheck(
  res: ServerResponse,
  file: string,
  webOrigins: ReadonlySet<string>,
): boolean {
  const found = FILES[file];
  if (!found) return false;
  res.writeHead(200, {
    'Content-Type': found.type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': `default-src 'none'; script-src 'self'; frame-ancestors ${[...webOrigins].join(' ') || "'none'"}`,
  });
  res.end(found.body);
  return true;
}
