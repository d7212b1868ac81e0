// Discovery of organisation-like names missing from the gazetteer: a run of capitalised tokens
// ending in an organisational head ("Aleppo Police Command", "Sawaiq al-Rahman Brigade") or opened
// by an Arabic organisational noun ("Liwa al-Haq", "Jaish al-Nasr"). Recorded as `discovered`
// with a low confidence so a researcher can curate the gazetteer; never scored as a named group.
import { uniformEntry, type GazetteerEntry } from './schema.js';
import { classesOf, isAllCaps, isCapitalised, wordClass, type Token } from './normalize.js';
import { DISCOVERY_HEADS, DISCOVERY_PREFIXES, DISCOVERY_STOP } from './rules.js';
import { loadData } from './gazetteer.js';

const HEAD = wordClass(new Set(DISCOVERY_HEADS.heads));
const PREFIX = wordClass(new Set(DISCOVERY_PREFIXES.heads));
const CONNECTORS = new Set(['of', 'for', 'the']);
/** Longest discovered name part, in tokens (names are short; keeps long capitalised runs linear). */
const MAX_TOKENS = 6;
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at', 'az', 'bin', 'ibn', 'abu', 'wal', 'li']);

export interface Discovered {
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** groups.discovered (head noun) or groups.discovered-prefix (Arabic organisational noun). */
  rule: string;
  /** Ends in a head noun: strong enough to replace a fuzzy guess it contains. */
  headed: boolean;
}

const joined = (t: Token) => t.rawSepAfter === ' ' || t.rawSepAfter === '-' || t.rawSepAfter === '\u00A0';
const nameWord = (t: Token) => (isCapitalised(t.raw) && !DISCOVERY_STOP.has(t.raw) && !isAllCaps(t.raw)) || (ARTICLES.has(t.plain) && /^[-‐]/.test(t.rawSepAfter));

export function slug(toks: readonly Token[]): string {
  return toks.map((t) => t.plain.normalize('NFD').replace(/[^a-z0-9]/g, '')).filter(Boolean).join('-');
}

function make(text: string, toks: readonly Token[], a: number, b: number, rule: string, headed: boolean): Discovered {
  const span = toks.slice(a, b + 1);
  const first = span[0] as Token;
  const last = span[span.length - 1] as Token;
  const name = text.slice(first.start, last.coreEnd).replace(/\s+/g, ' ');
  return { start: first.start, end: last.coreEnd, rule, headed, entry: uniformEntry({ id: `discovered:${slug(span)}`, name, type: 'armed-group', aliases: [] }) };
}

let countryNames: Set<string> | undefined;
/** A state's own name ("Russian Federation", "Syrian Arab Republic") ends in a head word but is no organisation. */
function isCountryName(name: string): boolean {
  countryNames ??= new Set(loadData().countries.countries.flatMap((c) => c.names.map((n) => n.toLowerCase())));
  return countryNames.has(name.toLowerCase().replace(/^the /, ''));
}

/** Discovered names in one sentence's tokens. */
export function discover(text: string, toks: readonly Token[]): Discovered[] {
  const out: Discovered[] = [];
  for (let j = 1; j < toks.length; j++) {
    const h = toks[j] as Token;
    if (h.quiet || (classesOf(h.word) & HEAD) === 0) continue;
    // Extend left over name words and inner connectors ("Ministry of ..." is handled by the right extension).
    let a = j;
    while (a > 0 && j - a < MAX_TOKENS) {
      const p = toks[a - 1] as Token;
      if (!joined(p)) break;
      if (nameWord(p)) a--;
      else if (CONNECTORS.has(p.raw) && a - 2 >= 0 && nameWord(toks[a - 2] as Token) && joined(toks[a - 2] as Token)) a -= 2;
      else break;
    }
    let b = j;
    // "Council of Europe", "Ministry of Reconciliation": one "of (the) Name+" to the right.
    const of = toks[j + 1];
    if (of && of.raw === 'of' && joined(h) && joined(of)) {
      let k = j + 2;
      if (toks[k]?.raw === 'the' && joined(toks[k] as Token)) k++;
      let m = k;
      while (m < toks.length && m - k < MAX_TOKENS && nameWord(toks[m] as Token) && (m === k || joined(toks[m - 1] as Token))) m++;
      if (m > k) b = m - 1;
    }
    if (a === j && b === j) continue; // a head alone ("Army") is no name
    if (a < j && !isCapitalised((toks[a] as Token).raw) && !ARTICLES.has((toks[a] as Token).plain)) continue;
    const found = make(text, toks, a, b, 'groups.discovered', true);
    if (!isCountryName(found.entry.name)) out.push(found);
    j = b;
  }
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i] as Token;
    if (t.quiet || (classesOf(t.word) & PREFIX) === 0 || !joined(t)) continue;
    let b = i + 1;
    if (!nameWord(toks[b] as Token)) continue;
    while (b + 1 < toks.length && b - i < 4 && joined(toks[b] as Token) && nameWord(toks[b + 1] as Token)) b++;
    if (ARTICLES.has((toks[b] as Token).plain)) b--;
    if (b > i) out.push(make(text, toks, i, b, 'groups.discovered', false));
    i = b;
  }
  return out;
}
