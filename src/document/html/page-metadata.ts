// Page metadata as MetadataHints (origin html / url / inferred): title, publication and update
// dates, author, site name, language, URL.
import type { MetadataHints } from '../raw.js';
import { collapse, meta, type HtmlDocument } from './dom.js';
import { articleObject, jsonLd, ldNames, ldString, type LdObject } from './json-ld.js';
import { decodeEntities } from './entities.js';
import { pageTitle } from './title.js';
import { pageDates } from './page-dates.js';
import { AUTHOR_META, AUTHOR_SELECTORS, TWITTER_AUTHOR_LABEL } from './metadata-rules.js';

const MAX_AUTHOR = 80;

/** "Von Vanessa Franke" / "By J. Smith" / "— Anna K." → the name. */
const byPrefix = (name: string) => collapse(name).replace(/^(?:[-–—|·]\s*)?(?:by|von|par|por|di|door|автор:?)\s+/i, '').replace(/[:,]$/, '').trim();
const usable = (name: string | undefined) => !!name && name.length <= MAX_AUTHOR && !/^https?:|@/.test(name) && /\p{L}/u.test(name);

/** JSON-LD author values, following {"@id"} references to Person objects elsewhere in the graph. */
function ldAuthors(article: LdObject | undefined, objects: LdObject[]): string[] {
  const refs = [article?.author].flat().filter((a): a is LdObject => !!a && typeof a === 'object');
  const resolved = refs.map((r) => (typeof r.name === 'string' ? r : objects.find((o) => o['@id'] !== undefined && o['@id'] === r['@id']) ?? r));
  const names = [...ldNames(resolved), ...[article?.author].flat().filter((a): a is string => typeof a === 'string')];
  return names.map(byPrefix).filter(usable);
}

/** twitter:label1 "Written by" / "Verfasst von" paired with twitter:data1. */
function twitterLabelledAuthor(document: HtmlDocument): string | undefined {
  for (const i of [1, 2]) {
    const label = meta(document, [`twitter:label${i}`]);
    if (label && TWITTER_AUTHOR_LABEL.test(label)) return meta(document, [`twitter:data${i}`]);
  }
  return undefined;
}

function pageAuthor(document: HtmlDocument, article: LdObject | undefined, objects: LdObject[]): string | undefined {
  const fromLd = ldAuthors(article, objects);
  if (fromLd.length) return [...new Set(fromLd)].join(', ');
  for (const v of [meta(document, AUTHOR_META), twitterLabelledAuthor(document)]) if (v && usable(byPrefix(v))) return byPrefix(v);
  for (const el of document.querySelectorAll(AUTHOR_SELECTORS)) {
    const name = byPrefix(el.textContent ?? '');
    if (usable(name)) return name;
  }
  return undefined;
}

export function pageMetadata(document: HtmlDocument, url?: string): MetadataHints {
  const hints: MetadataHints = {};
  const objects = jsonLd(document);
  const article = articleObject(objects);
  const siteName = meta(document, ['og:site_name']);
  if (siteName) hints.siteName = { value: collapse(decodeEntities(siteName)), origin: 'html' };
  const language = document.documentElement?.getAttribute('lang') ?? meta(document, ['og:locale', 'language', 'content-language']) ?? ldString(article?.inLanguage);
  if (language) hints.language = { value: language.replace('_', '-'), origin: 'html' };
  const pageUrl = url ?? meta(document, ['og:url']) ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (pageUrl) hints.url = { value: pageUrl, origin: url ? 'option' : 'html' };
  const title = pageTitle(document, article, siteName, pageUrl);
  if (title) hints.title = { value: title, origin: 'html' };
  Object.assign(hints, pageDates(document, article, pageUrl, language ?? undefined, title));
  const author = pageAuthor(document, article, objects);
  if (author) hints.author = { value: collapse(decodeEntities(author)), origin: 'html' };
  return hints;
}
