/** HTML helpers for the identity provider's own pages (Norwegian bokmål, no external resources). */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Colours meet WCAG 2.1 AA contrast (text #1f1f1f on white 16.5:1, on #f4f4f4 15:1; links and the
 * button #0b5394 7.8:1; error #9f1020 8.2:1; notes #444 9.7:1; field borders #595959 7:1). The focus
 * ring is a 3 px dark outline with a white gap, visible on every control.
 */
const STYLES = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1f1f1f;background:#f4f4f4}
main{max-width:48rem;margin:2rem auto;padding:2rem;background:#fff;border:1px solid #c4c4c4;border-radius:.5rem}
h1{font-size:1.75rem;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
p{margin:.5rem 0}
a{color:#0b5394}
.field{margin:1rem 0}
label{display:block;font-weight:600;margin-bottom:.25rem}
input{width:100%;max-width:24rem;font:inherit;padding:.5rem .75rem;border:2px solid #595959;border-radius:.25rem;color:#1f1f1f;background:#fff}
input[aria-invalid="true"]{border-color:#9f1020}
button{font:inherit;font-weight:600;padding:.6rem 1.5rem;border:2px solid #0b5394;border-radius:.25rem;color:#fff;background:#0b5394;cursor:pointer}
button:hover{background:#083d6e;border-color:#083d6e}
a:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid #1f1f1f;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.error{margin:1rem 0;padding:.75rem 1rem;border:2px solid #9f1020;border-radius:.25rem;color:#9f1020;background:#fff;font-weight:600}
.error:empty{display:none}
.note{color:#444}
table{border-collapse:collapse;width:100%;margin-top:.5rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #c4c4c4;vertical-align:top}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em}
@media (max-width:40rem){main{margin:0;padding:1rem;border:0;border-radius:0}th,td{padding:.4rem .25rem;font-size:.9rem}}
`;

/** A complete page: `body` is trusted HTML built with escapeHtml. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
