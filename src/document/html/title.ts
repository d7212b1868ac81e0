// The page's headline. Sources: JSON-LD headline, og:title, twitter:title, <title>, and the visible
// <h1>. Meta titles often carry the site name ("Headline | Site") or a kicker; the h1 is what readers
// see. So: the first h1 that agrees with a meta title (same words, or contained in it) wins; else a
// meta title with its site-name segments removed; else an h1 that is not a page-part label.
import { collapse, meta, visibleLines, type HtmlDocument } from './dom.js';
import { ldString, type LdObject } from './json-ld.js';
import { decodeEntities } from './entities.js';
import { NON_TITLES, TITLE_SEPARATOR } from './metadata-rules.js';

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []).join(' ');
/** Site names are short; a longer segment that mentions the site is a headline about it. */
const MAX_SITE_WORDS = 6;
/** An h1 no metadata confirms is taken only if it reads like a headline, not a logo or menu label. */
const MIN_STANDALONE_WORDS = 4;
const clean = (s: string | null | undefined) => collapse(decodeEntities(s ?? ''));

/** Words of a host name ("www.tages-anzeiger.ch" → "tages anzeiger"), to recognise site-name segments. */
function hostWords(url: string | undefined): string {
  try {
    return url ? words(new URL(url).hostname.replace(/^www\d?\./, '').replace(/\.[a-z]+$/, '')) : '';
  } catch {
    return '';
  }
}

function isSiteSegment(seg: string, site: string, host: string): boolean {
  const w = words(seg);
  if (!w) return true;
  if (w.split(' ').length > MAX_SITE_WORDS) return false;
  const compact = w.replace(/ /g, '');
  return (site !== '' && (w === site || site.includes(w) || w.includes(site))) || (host !== '' && (compact.includes(host.replace(/ /g, '')) || host.replace(/ /g, '').includes(compact)));
}

const isLabel = (seg: string) => NON_TITLES.test(seg.trim());

/**
 * "Headline - Site" → "Headline": leading segments that name the site or a section label go, and so
 * does everything from the first later segment naming the site (taglines follow the site name).
 */
export function stripSiteName(title: string, siteName: string | undefined, url: string | undefined): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = words(siteName ?? '');
  const host = hostWords(url);
  const named = (p: string) => isSiteSegment(p, site, host) || isLabel(p);
  let lo = 0;
  while (lo < parts.length - 1 && named(parts[lo] ?? '')) lo++;
  let hi = parts.length;
  for (let i = lo + 1; i < parts.length; i++) {
    if (named(parts[i] ?? '')) {
      hi = i;
      break;
    }
  }
  if (lo === 0 && hi === parts.length) {
    // nothing named the site: a short last segment after a bar-like separator is still the site name
    const last = parts[parts.length - 1] ?? '';
    if (/\s[|–—·•»›-]\s[^|–—·•»›-]+$/.test(title) && words(last).split(' ').length <= 4 && words(last).length * 2 < words(title).length) hi--;
  }
  // re-cut the original string so the headline keeps its own punctuation
  const kept = parts.slice(lo, hi);
  const first = kept[0] ?? '';
  const lastKept = kept[kept.length - 1] ?? '';
  const start = title.indexOf(first);
  const end = title.indexOf(lastKept, start + first.length - lastKept.length) + lastKept.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' ');
}

const KICKER_SEPARATOR = /\s*[|·•»›]\s*/;

/** "Kicker | Headline" in a meta title whose parts the heading runs together → "Headline". */
function kickerSplit(heading: string, metaTitles: string[]): string | undefined {
  const w = words(heading);
  for (const t of metaTitles) {
    // only bar-like separators: "Headline – Subtitle" keeps its dash, "Kicker | Headline" is a kicker
    const parts = t.split(KICKER_SEPARATOR);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1] ?? '';
    const kicker = parts.slice(0, -1).join(' ');
    if (words(`${kicker} ${last}`) === w && words(kicker).length < words(last).length) return last.trim();
  }
  return undefined;
}

/** Elements marked as the entry's headline, used after the h1s (blogs put the blog's name in the h1). */
const MARKED_HEADLINES = '[itemprop="headline"], .entry-title, .post-title, .article-title, .article-headline, h2.title, h2[class*="headline"]';
/** Headings styled as a kicker or strapline above the headline. */
const KICKER_CLASS = /kicker|strap|overline|topline|dachzeile|roofline|eyebrow|pretitle|supertitle/i;

export function pageTitle(document: HtmlDocument, article: LdObject | undefined, siteName: string | undefined, url: string | undefined): string | undefined {
  const metaTitles = [ldString(article?.headline), meta(document, ['og:title']), meta(document, ['twitter:title']), document.querySelector('title')?.textContent]
    .map(clean)
    .filter((t) => t !== '');
  const host = hostWords(url);
  // each heading's lines, read once; joined with spaces they keep the heading's parts apart
  // ("<span>Kicker</span><span>Headline</span>"), and the first line alone drops a date line under it
  const read = (selector: string) =>
    [...document.querySelectorAll(selector)]
      .filter((h) => !KICKER_CLASS.test(h.getAttribute('class') ?? ''))
      .map((h) => visibleLines(h).map(decodeEntities))
      .map((lines) => ({ text: lines.join(' '), first: lines[0] ?? '' }));
  const h1Read = read('h1');
  const markedRead = read(MARKED_HEADLINES);
  const firstLines = new Map([...h1Read, ...markedRead].map((h) => [h.text, h.first] as const));
  const h1Texts = h1Read.map((h) => h.text);
  const h2Texts = read('h2').map((h) => h.text);
  const headings = [...new Set([...h1Texts, ...markedRead.map((h) => h.text)])].filter((t) => t !== '' && !NON_TITLES.test(t));
  // a heading that is a trailing segment of "Post : Blog" (or names the site) is the site's name
  let site = words(siteName ?? '');
  if (!site) {
    for (const t of metaTitles) {
      const parts = t.split(TITLE_SEPARATOR).map(words);
      const longest = Math.max(...parts.map((p) => p.length));
      const named = parts.length > 1 ? headings.find((h) => {
        const i = parts.indexOf(words(h));
        if (i < 0) return false;
        const shorter = words(h).length < longest;
        const longestIsHeading = [...headings, ...h2Texts].some((o) => o !== h && words(o).length === longest && parts.includes(words(o)));
        // a title whose site segment is already there ("Headline - Subtitle : site.de") names no other site
        const siteNamed = parts.some((p) => isSiteSegment(p, '', host));
        return (shorter && !siteNamed && (i > 0 || longestIsHeading)) || isSiteSegment(h, '', host);
      }) : undefined;
      if (named) {
        site = words(named);
        break;
      }
    }
  }
  const stripped = metaTitles.map((t) => stripSiteName(t, site, url)).filter((t) => !NON_TITLES.test(t) && words(t) !== site);
  const candidates = headings.filter((h) => words(h) !== site);
  const h1s = new Set(h1Texts);
  // a heading the metadata repeats word for word
  const h2s = h2Texts.filter((t) => words(t) !== '' && words(t) !== site);
  const exact = [...candidates, ...h2s].find((h) => words(h) !== '' && stripped.some((t) => words(t) === words(h)));
  if (exact) return kickerSplit(exact, stripped) ?? exact;
  for (const h of candidates) {
    const w = ` ${words(h)} `;
    if (w.trim() === '') continue;
    // the heading adds a kicker before the meta headline ("Kicker Headline"): the headline
    const inner = stripped.find((t) => words(t) !== '' && w.endsWith(` ${words(t)} `));
    if (inner) return inner;
    // the meta title separates kicker and headline ("Kicker | Headline") that the heading runs together
    const split = kickerSplit(h, stripped);
    if (split) return split;
    // the meta title names the heading (maybe with more around it): the heading as readers see it
    if (stripped.some((t) => ` ${words(t)} `.includes(w)) || metaTitles.some((t) => ` ${words(t)} `.includes(w))) return h;
    // the meta title is the heading's first line ("Headline<br><small>date · section</small>"): that line
    const first = firstLines.get(h);
    if (first && first !== h && stripped.some((t) => words(t) === words(first))) return first;
    // the meta title is the heading cut short: the heading
    if (stripped.some((t) => words(t) !== '' && w.startsWith(` ${words(t)} `))) return h;
  }
  // no heading agrees with the metadata: the page's own h1 is what readers take as its title
  const h1 = candidates.find((h) => h1s.has(h) && words(h).split(' ').length >= MIN_STANDALONE_WORDS && !isSiteSegment(h, site, host));
  if (h1) return h1;
  // pages without an h1 often set the headline in an h2 that the meta title repeats
  const best = stripped[0];
  const bestParts = best ? best.split(TITLE_SEPARATOR).map(words) : [];
  const h2 = best ? h2s.find((h) => bestParts.includes(words(h)) || (words(h).length * 2 >= words(best).length && ` ${words(best)} `.includes(` ${words(h)} `))) : undefined;
  return h2 ?? best ?? candidates[0];
}
