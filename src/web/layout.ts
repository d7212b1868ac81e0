// Page frame and small pieces shared by the pages. Templates are hono/html tagged templates: every
// interpolated value is HTML-escaped unless wrapped in raw(), which only ever receives markup built
// here from escaped parts.
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { HL } from '../output/rows.js';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** FTS highlight markers → <mark>, the rest escaped. */
export function highlighted(s: string): Html {
  return raw(escapeHtml(s).replaceAll(HL.open, '<mark>').replaceAll(HL.close, '</mark>'));
}

/** A sentence with one span marked. */
export function markedSentence(text: string, start: number, end: number): Html {
  return html`${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}`;
}

const NAV: Array<[string, string]> = [
  ['/claims', 'Claims'],
  ['/casualties', 'Casualties'],
  ['/conflicts', 'Conflicts'],
  ['/speakers', 'Speakers'],
  ['/groups', 'Groups'],
  ['/documents', 'Documents'],
];

export function page(title: string, current: string, body: Html, extraHead: Html = html``): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · communique</title>
<link rel="stylesheet" href="/assets/style.css">
${extraHead}
</head>
<body>
<header><a class="brand" href="/">communique</a>
<nav aria-label="Main"><ul>${NAV.map(([href, label]) => html`<li><a href="${href}"${current === href ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}</ul></nav></header>
<main id="main">
<h1>${title}</h1>
${body}
</main>
<script src="/assets/app.js" defer></script>
</body>
</html>`;
}

/** Previous/next links keeping the query string. */
export function pager(path: string, params: URLSearchParams, total: number, limit: number, offset: number, where = 'top'): Html {
  const link = (o: number) => {
    const p = new URLSearchParams(params);
    p.set('offset', String(o));
    return `${path}?${p.toString()}`;
  };
  const shown = total === 0 ? 'no results' : `${offset + 1}–${Math.min(offset + limit, total)} of ${total}`;
  return html`<nav class="pager" aria-label="${`Pages (${where})`}"><span>${shown}</span>
${offset > 0 ? html` <a rel="prev" href="${link(Math.max(0, offset - limit))}">previous</a>` : ''}
${offset + limit < total ? html` <a rel="next" href="${link(offset + limit)}">next</a>` : ''}</nav>`;
}

export const day = (s: string | null | undefined) => (s ? s.slice(0, 10) : '');

export function errorPage(status: number, reason: string): Html {
  return page(status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Error', '', html`<p class="error" role="alert">${reason}</p><p><a href="/">Back to the search</a></p>`);
}
