// The pages: each a function of the store and the query string, calling the same query functions as
// the CLI (never SQL of its own).
import { html, raw } from 'hono/html';
import type { Store } from '../store/store.js';
import type { Registry } from '../registry.js';
import type { CasualtyFilter, ClaimFilter, ConflictFilter } from '../query/types.js';
import { textMarks, renderMarks } from '../output/highlight.js';
import { day, escapeHtml, highlighted, markedSentence, page, pager, type Html } from './layout.js';
import { choice, compact, int, optInt, text } from './params.js';

export const KINDS = ['direct', 'indirect', 'mixed', 'author'] as const;
const PAGE = 25;

export function claimFilterOf(p: URLSearchParams): ClaimFilter {
  return compact({
    search: text(p, 'q'), speaker: text(p, 'speaker'), group: text(p, 'group'), from: text(p, 'from'), to: text(p, 'to'),
    kind: choice(p, 'kind', KINDS), source: text(p, 'source'), withFigures: text(p, 'figures') ? true : undefined,
    document: text(p, 'document') ? [text(p, 'document') as string] : undefined,
    sort: choice(p, 'sort', ['date', '-date', 'rank', 'speaker', 'document'] as const),
    limit: int(p, 'limit', PAGE, 200), offset: int(p, 'offset', 0, 1e7),
  });
}

const field = (label: string, name: string, p: URLSearchParams, type = 'text', extra = '') =>
  html`<label>${label}<input type="${type}" name="${name}" value="${p.get(name) ?? ''}"${raw(extra)}></label>`;

export async function claimsPage(store: Store, p: URLSearchParams): Promise<Html> {
  const f = claimFilterOf(p);
  const r = await store.claims(f);
  const kind = p.get('kind') ?? '';
  return page('Claims', '/claims', html`
<form class="filters" method="get" action="/claims" role="search">
  ${field('Search the claims and documents', 'q', p, 'search', ' id="q"')}
  ${field('Speaker', 'speaker', p)} ${field('Group', 'group', p)}
  ${field('From', 'from', p, 'text', ' placeholder="2016-02" size="10"')} ${field('To', 'to', p, 'text', ' placeholder="2016-12-31" size="10"')}
  <label>Kind<select name="kind"><option value="">any</option>${KINDS.map((k) => html`<option${k === kind ? raw(' selected') : ''}>${k}</option>`)}</select></label>
  <button type="submit">Search</button>
</form>
${pager('/claims', p, r.total, r.limit, r.offset)}
<ol class="results" id="results">${r.rows.map(
    (c) => html`<li data-key="${c.key}">
  <div class="meta"><a href="/claims?speaker=${encodeURIComponent(c.speaker?.id ?? '')}">${c.speaker?.name ?? c.speakerText ?? 'unattributed'}</a>
   ${c.cue ? html` · <q>${c.cue}</q>` : ''} · ${day(c.date) || 'undated'} · <a href="/documents/${c.document.id}#claims-${c.key.split(':')[1]}">${c.document.title ?? c.document.id}</a> · ${c.kind}</div>
  <p class="content">${c.match?.in === 'claim' ? highlighted(c.match.highlighted) : markedSentence(c.sentence.text, c.sentence.mark.start, c.sentence.mark.end)}</p>
  ${c.match?.in === 'document' ? html`<p class="meta">In the document: ${highlighted(c.match.highlighted)}</p>` : ''}
</li>`,
  )}</ol>
${pager('/claims', p, r.total, r.limit, r.offset, 'bottom')}`);
}

/** The stored text with every extraction highlighted by kind, a legend, and the item details panel. */
export async function documentPage(store: Store, registry: Registry, id: string): Promise<Html | undefined> {
  const ids = await store.findDocuments(id);
  if (ids.length !== 1) return undefined;
  const stored = await store.loadDocument(ids[0] as string);
  if (!stored) return undefined;
  const { doc, extractions } = stored;
  const marks = textMarks(doc, extractions, registry);
  const body = renderMarks(
    doc.text,
    marks,
    (m) => `<span class="k-${escapeHtml(m.kind)}${m.field ? ` f-${escapeHtml(m.field)}` : ''}" data-item="${escapeHtml(m.kind)}:${m.index}"${m.field ? ` data-field="${escapeHtml(m.field)}"` : ` id="${escapeHtml(m.kind)}-${m.index}"`} tabindex="0" title="${escapeHtml(m.field ? `${m.kind} ${m.field}` : m.kind)}">`,
    () => '</span>',
    escapeHtml,
  );
  // item data for the details panel: JSON inside a script element, '<' escaped so no text can close it
  const json = JSON.stringify(extractions).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const m = doc.meta;
  const counts = registry.extractors.map((e) => html`<span class="k-${e.name}">${e.name} (${(extractions[e.name] ?? []).length})</span>`);
  return page(m.title?.value ?? doc.id, '/documents', html`
<p class="meta">${doc.id} · ${m.source.value}${m.agency ? ` · ${m.agency.value}` : ''} · published ${m.published ? `${m.published.value} (${m.published.origin})` : 'unknown'}${m.url ? html` · <a href="${m.url.value}">source</a>` : ''}</p>
<p class="legend" aria-label="Legend">${counts} <span class="f-speaker">speaker</span> <span class="f-cue">cue</span></p>
<div class="layout">
<article class="doc-text" id="doc-text">${raw(body)}</article>
<aside id="details" aria-live="polite"><h2>Item</h2><pre id="details-body">Select a highlighted item to see its rule, offsets and inferred values.</pre></aside>
</div>
<script type="application/json" id="items">${raw(json)}</script>`);
}

export async function speakersPage(store: Store, p: URLSearchParams): Promise<Html> {
  const r = await store.speakers(compact({ speaker: text(p, 'speaker'), limit: int(p, 'limit', 50, 500), offset: int(p, 'offset', 0, 1e7) }));
  return page('Speakers', '/speakers', html`
<form class="filters" method="get" action="/speakers">${field('Speaker', 'speaker', p)}<button type="submit">Filter</button></form>
<table><caption class="meta">Speakers with their claims and the names they appear under</caption>
<thead><tr><th scope="col">Speaker</th><th scope="col">Type</th><th scope="col">Claims</th><th scope="col">Documents</th><th scope="col">First seen</th><th scope="col">Last seen</th><th scope="col">Aliases</th></tr></thead>
<tbody>${r.rows.map((s) => html`<tr><td><a href="/claims?speaker=${encodeURIComponent(s.id)}">${s.name}</a></td><td>${s.type ?? ''}</td><td>${s.claims}</td><td>${s.documents}</td><td>${s.firstSeen ?? ''}</td><td>${s.lastSeen ?? ''}</td><td>${s.aliases.join(', ')}</td></tr>`)}</tbody></table>
${pager('/speakers', p, r.total, r.limit, r.offset)}`);
}

export async function groupsPage(store: Store, p: URLSearchParams): Promise<Html> {
  const r = await store.groups(compact({ group: text(p, 'group'), limit: int(p, 'limit', 50, 500), offset: int(p, 'offset', 0, 1e7) }));
  return page('Groups', '/groups', html`
<form class="filters" method="get" action="/groups">${field('Group', 'group', p)}<button type="submit">Filter</button></form>
<table><caption class="meta">Groups and organisations named in the texts</caption>
<thead><tr><th scope="col">Group</th><th scope="col">Type</th><th scope="col">Mentions</th><th scope="col">Documents</th><th scope="col">Claims</th><th scope="col">First seen</th><th scope="col">Last seen</th><th scope="col">Spellings seen</th></tr></thead>
<tbody>${r.rows.map((g) => html`<tr><td><a href="/claims?group=${encodeURIComponent(g.id)}">${g.name}</a></td><td>${g.type}</td><td>${g.mentions}</td><td>${g.documents}</td><td>${g.claims}</td><td>${g.firstSeen ?? ''}</td><td>${g.lastSeen ?? ''}</td><td>${g.spellings.map((s) => `${s.text} (${s.count})`).join(', ')}</td></tr>`)}</tbody></table>
${pager('/groups', p, r.total, r.limit, r.offset)}`);
}

export async function documentsPage(store: Store, p: URLSearchParams): Promise<Html> {
  const r = await store.documents(compact({ search: text(p, 'q'), from: text(p, 'from'), to: text(p, 'to'), source: text(p, 'source'), limit: int(p, 'limit', 50, 500), offset: int(p, 'offset', 0, 1e7) }));
  return page('Documents', '/documents', html`
<form class="filters" method="get" action="/documents" role="search">${field('Search the documents', 'q', p, 'search')} ${field('From', 'from', p)} ${field('To', 'to', p)}<button type="submit">Search</button></form>
<ol class="results">${r.rows.map((d) => html`<li><a href="/documents/${d.id}">${d.title ?? d.file ?? d.id}</a> <span class="meta">${day(d.published) || 'undated'} · ${d.source} · ${Object.entries(d.counts).map(([k, n]) => `${n} ${k}`).join(', ')}</span>${d.match ? html`<p>${highlighted(d.match.highlighted)}</p>` : ''}</li>`)}</ol>
${pager('/documents', p, r.total, r.limit, r.offset)}`);
}

export function conflictFilterOf(p: URLSearchParams): ConflictFilter {
  return compact({ category: text(p, 'category'), outcome: text(p, 'outcome'), place: text(p, 'place'), from: text(p, 'from'), to: text(p, 'to'), unplaced: text(p, 'unplaced') ? true : undefined, limit: int(p, 'limit', 20, 200), offset: int(p, 'offset', 0, 1e7) });
}

export async function conflictsPage(store: Store, p: URLSearchParams): Promise<Html> {
  const r = await store.conflicts(conflictFilterOf(p));
  return page('Conflicting figures', '/conflicts', html`
<form class="filters" method="get" action="/conflicts">${field('Category', 'category', p)} ${field('Outcome', 'outcome', p)} ${field('Place', 'place', p)}
<label>Also figures without a place<input type="checkbox" name="unplaced" value="1"${p.get('unplaced') ? raw(' checked') : ''}></label><button type="submit">Filter</button></form>
${r.rows.map((c) => html`<section class="conflict"><h2>${c.outcome} ${c.category}${c.cumulative ? ' (running totals)' : ''} · ${c.place ?? 'place unknown'} · ${c.period} · ${c.low}–${c.high}</h2>
<div class="side">${c.figures.map((f) => html`<div><p><strong>${f.count}</strong> ${f.qualifier === 'exact' ? '' : `(${f.qualifier})`} · ${f.speaker?.name ?? 'no speaker'} · ${f.date ?? ''}</p>
<p>${markedSentence(f.sentence.text, f.sentence.mark.start, f.sentence.mark.end)}</p>
<p class="meta"><a href="/documents/${f.document.id}#casualties-${f.key.split(':')[1]}">${f.document.title ?? f.document.id}</a></p></div>`)}</div></section>`)}
${pager('/conflicts', p, r.total, r.limit, r.offset)}`);
}

export function casualtyFilterOf(p: URLSearchParams): CasualtyFilter {
  return compact({
    category: text(p, 'category'), outcome: text(p, 'outcome'), place: text(p, 'place'), speaker: text(p, 'speaker'), from: text(p, 'from'), to: text(p, 'to'),
    min: optInt(p, 'min'), max: optInt(p, 'max'), sort: choice(p, 'sort', ['date', '-date', 'count', '-count'] as const), limit: int(p, 'limit', 200, 1000), offset: int(p, 'offset', 0, 1e7),
  });
}

export async function casualtiesPage(store: Store, p: URLSearchParams): Promise<Html> {
  const r = await store.casualties(casualtyFilterOf(p));
  // one series per speaker (else per source), dated figures only
  const series = new Map<string, Array<{ x: number; y: number; t: string; href: string }>>();
  for (const f of r.rows) {
    if (!f.date) continue;
    const x = Date.parse(f.date.length === 4 ? `${f.date}-07-01` : f.date.length === 7 ? `${f.date}-15` : f.date);
    if (Number.isNaN(x)) continue;
    const label = f.speaker?.name ?? f.document.source;
    let pts = series.get(label);
    if (!pts) series.set(label, (pts = []));
    pts.push({ x, y: f.count, t: f.text, href: `/documents/${f.document.id}#casualties-${f.key.split(':')[1]}` });
  }
  const sets = [...series].map(([label, points]) => ({ label, points: points.sort((a, b) => a.x - b.x) }));
  const json = JSON.stringify(sets).replace(/</g, '\\u003c');
  return page('Casualty figures', '/casualties', html`
<form class="filters" method="get" action="/casualties">${field('Category', 'category', p)} ${field('Outcome', 'outcome', p)} ${field('Place', 'place', p)} ${field('Speaker', 'speaker', p)} ${field('From', 'from', p)} ${field('To', 'to', p)}<button type="submit">Filter</button></form>
<figure><div class="chart-box"><canvas id="timeline" role="img" aria-label="Timeline of the figures: date against count, one series per speaker or source"></canvas></div>
<figcaption class="meta">One series per speaker (or source); select a point to read its sentence.</figcaption></figure>
<script type="application/json" id="series">${raw(json)}</script>
<table><thead><tr><th scope="col">Date</th><th scope="col">Figure</th><th scope="col">Outcome</th><th scope="col">Category</th><th scope="col">Place</th><th scope="col">Speaker</th><th scope="col">Sentence</th></tr></thead>
<tbody>${r.rows.map((f) => html`<tr><td>${f.date ?? ''}</td><td>${f.low === f.high ? f.count : `${f.low}–${f.high}`}${f.qualifier === 'exact' ? '' : ` (${f.qualifier})`}</td><td>${f.outcome}</td><td>${f.category}</td><td>${f.place?.name ?? ''}</td><td>${f.speaker?.name ?? ''}</td>
<td><a href="/documents/${f.document.id}#casualties-${f.key.split(':')[1]}">${markedSentence(f.sentence.text, f.sentence.mark.start, f.sentence.mark.end)}</a></td></tr>`)}</tbody></table>
${pager('/casualties', p, r.total, r.limit, r.offset)}`, html`<script src="/assets/chart.umd.min.js" defer></script>`);
}
