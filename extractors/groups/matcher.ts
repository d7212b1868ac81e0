// The matching engine, separate from the gazetteer data. Candidates from five rules:
//   groups.exact    canonical name (case-insensitive, separators loose; a capital letter required)
//   groups.alias    listed alias
//   groups.acronym  case-sensitive acronym with word boundaries and optional guards
//   groups.fuzzy    transliteration skeleton + Damerau-Levenshtein per token, capitalised tokens only
//   groups.bare-name  country-less institution name ("Defense Ministry"), blocked after another nationality
// then longest match wins (ties: exact > alias > acronym > bare > fuzzy, then text order), no overlaps.
// groups.backref adds capitalised back-references ("the Group") to an entity already named.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import type { GroupMatch } from './types.js';
import type { Gazetteer, GazetteerEntry } from './schema.js';
import { isAllCaps, isCapitalised, tokenize, type Token } from './normalize.js';

export type GroupRule = 'groups.exact' | 'groups.alias' | 'groups.acronym' | 'groups.fuzzy' | 'groups.bare-name' | 'groups.backref';

export interface Candidate {
  start: number;
  end: number;
  entry: GazetteerEntry;
  match: GroupMatch;
  rule: GroupRule;
  /** Edit distance for fuzzy matches. */
  distance?: number;
}

interface CompiledName {
  entry: GazetteerEntry;
  form: string;
  kind: 'exact' | 'alias' | 'bare';
  plain: string[];
  poss: boolean[];
  seps: string[];
  fuzzy: string[];
}

interface CompiledAcronym {
  entry: GazetteerEntry;
  form: string;
  re: RegExp;
  capsGuard: boolean;
}

const PRIORITY: Record<GroupRule, number> = {
  'groups.exact': 0,
  'groups.alias': 1,
  'groups.acronym': 2,
  'groups.bare-name': 3,
  'groups.fuzzy': 4,
  'groups.backref': 5,
};

/** Words that are never fuzzy-matched: capitalised English words near gazetteer names. */
const FUZZY_STOP = new Set(['army', 'state', 'group', 'council', 'ministry', 'committee', 'the', 'of', 'and', 'for', 'in']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** natural's restricted Damerau-Levenshtein, memoised: the same token pairs recur all the time. */
const distanceCache = new Map<string, number>();
function editDistance(a: string, b: string): number {
  const key = `${a}\u0000${b}`;
  let d = distanceCache.get(key);
  if (d === undefined) {
    if (distanceCache.size > 100_000) distanceCache.clear();
    d = DamerauLevenshteinDistance(a, b, { restricted: true });
    distanceCache.set(key, d);
  }
  return d;
}

/** Allowed edit distance for a token of this (fuzzy) length. Short words must match exactly. */
export function tokenTolerance(len: number): number {
  if (len < 4) return 0;
  if (len < 9) return 1;
  return 2;
}

export class GroupMatcher {
  private readonly byFirst = new Map<string, CompiledName[]>();
  /** Fuzzy candidates by `<token count>:<first letter of the skeleton>`. */
  private readonly fuzzyByKey = new Map<string, CompiledName[]>();
  private maxFuzzyTokens = 0;
  private readonly acronyms: CompiledAcronym[] = [];
  private readonly knownAcronyms = new Set<string>(['US', 'USA', 'UK', 'UAE', 'EU']);
  private readonly nationality: Set<string>;
  private readonly backrefs: Array<{ word: string; entry: GazetteerEntry }> = [];

  constructor(readonly gazetteer: Gazetteer) {
    this.nationality = new Set(gazetteer.nationalityGuard.map((w) => w.toLowerCase().replace(/’/g, "'")));
    for (const entry of gazetteer.entries) {
      const seen = new Set<string>();
      const add = (form: string, kind: CompiledName['kind']) => {
        const toks = tokenize(form);
        const key = toks.map((t) => `${t.plain}${t.poss ? "'s" : ''}`).join(' ') + '|' + toks.map((t) => t.sepAfter).join('|');
        if (toks.length === 0 || seen.has(key)) return;
        seen.add(key);
        const c: CompiledName = {
          entry,
          form,
          kind,
          plain: toks.map((t) => t.plain),
          poss: toks.map((t) => t.poss),
          seps: toks.slice(0, -1).map((t) => t.sepAfter),
          fuzzy: toks.map((t) => t.fuzzy),
        };
        const first = c.plain[0] as string;
        this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), c]);
        if (kind !== 'bare' && c.seps.every((x) => x === ' ')) {
          const key = `${c.fuzzy.length}:${(c.fuzzy[0] as string)[0]}`;
          this.fuzzyByKey.set(key, [...(this.fuzzyByKey.get(key) ?? []), c]);
          this.maxFuzzyTokens = Math.max(this.maxFuzzyTokens, c.fuzzy.length);
        }
      };
      add(entry.name, 'exact');
      for (const a of entry.aliases) add(a, 'alias');
      for (const v of entry.names ?? []) add(v.name, 'alias');
      for (const b of entry.bare ?? []) add(b, 'bare');
      for (const a of entry.acronyms ?? []) {
        const form = typeof a === 'string' ? a : a.form;
        const capsGuard = typeof a !== 'string' && a.guards.includes('not-in-caps-run');
        this.knownAcronyms.add(form.replace(/\./g, ''));
        this.acronyms.push({ entry, form, capsGuard, re: new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRe(form)}(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu') });
      }
      for (const w of entry.backrefs ?? []) this.backrefs.push({ word: w, entry });
    }
  }

  /** Candidates (overlapping) inside [from, to). */
  candidates(text: string, from: number, to: number): Candidate[] {
    const toks = tokenize(text, from, to);
    const out: Candidate[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      for (const c of this.byFirst.get(t.plain) ?? []) {
        const hit = this.matchPlain(text, toks, i, c);
        if (hit) out.push(hit);
      }
      this.matchFuzzy(toks, i, out);
    }
    const tokenIndex = new Map<number, number>(toks.map((t, i) => [t.start, i]));
    const slice = text.slice(from, to);
    for (const a of this.acronyms) {
      a.re.lastIndex = 0;
      for (const m of slice.matchAll(a.re)) {
        const start = from + (m.index ?? 0);
        const end = start + m[0].length;
        if (a.capsGuard && this.inCapsRun(toks, tokenIndex, start, end)) continue;
        out.push({ start, end, entry: a.entry, match: 'acronym', rule: 'groups.acronym' });
      }
    }
    return out;
  }

  private matchPlain(text: string, toks: Token[], i: number, c: CompiledName): Candidate | undefined {
    const n = c.plain.length;
    if (i + n > toks.length) return undefined;
    for (let k = 0; k < n; k++) {
      const t = toks[i + k] as Token;
      if (t.plain !== c.plain[k]) return undefined;
      const last = k === n - 1;
      if (!last && t.poss !== c.poss[k]) return undefined;
      if (last && c.poss[k] && !t.poss) return undefined;
      if (!last && t.sepAfter !== c.seps[k]) return undefined;
    }
    const first = toks[i] as Token;
    const lastTok = toks[i + n - 1] as Token;
    const end = c.poss[n - 1] ? lastTok.end : lastTok.coreEnd;
    const surface = text.slice(first.start, end);
    if (!/\p{Lu}/u.test(surface)) return undefined; // proper-name guard: "the islamic state" in lower case is not a name
    if (c.kind === 'bare') {
      // A bare institution name starts with a capital, and no other country precedes it.
      if (!isCapitalised(first.raw)) return undefined;
      const prev = toks[i - 1];
      if (prev && (prev.raw === 'a' || prev.raw === 'an')) return undefined; // "a Defense Ministry statement" (which country?)
      if (prev && /^\s*$/.test(prev.rawSepAfter.replace(/\u00A0/g, ' '))) {
        const p = `${prev.plain}${prev.poss ? "'s" : ''}`;
        if (this.nationality.has(p) || (prev.poss && isCapitalised(prev.raw)) || this.nationality.has(prev.plain)) return undefined;
      }
      return { start: first.start, end, entry: c.entry, match: 'alias', rule: 'groups.bare-name' };
    }
    return { start: first.start, end, entry: c.entry, match: c.kind === 'exact' ? 'exact' : 'alias', rule: c.kind === 'exact' ? 'groups.exact' : 'groups.alias' };
  }

  private matchFuzzy(toks: Token[], i: number, out: Candidate[]): void {
    const t0 = toks[i] as Token;
    if (!isCapitalised(t0.raw) && t0.fuzzy !== 'al') return;
    for (let n = 1; n <= this.maxFuzzyTokens; n++) {
      if (i + n > toks.length) break;
      const names = this.fuzzyByKey.get(`${n}:${t0.fuzzy[0]}`);
      if (!names) continue;
      const window = toks.slice(i, i + n);
      // Tokens of a fuzzy name are joined by plain separators (space, hyphen, no-break space).
      if (window.slice(0, -1).some((t) => t.sepAfter !== ' ' && t.sepAfter !== '')) continue;
      for (const c of names) {
        let total = 0;
        let exactTokens = 0;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const a = (window[k] as Token).fuzzy;
          const b = c.fuzzy[k] as string;
          if (a === b) {
            exactTokens++;
            continue;
          }
          const w = window[k] as Token;
          if (!isCapitalised(w.raw) || FUZZY_STOP.has(w.plain) || FUZZY_STOP.has(c.plain[k] as string)) {
            ok = false;
            break;
          }
          const tol = tokenTolerance(Math.min(a.length, b.length));
          if (tol === 0 || Math.abs(a.length - b.length) > tol) {
            ok = false;
            break;
          }
          const d = editDistance(a, b);
          if (d > tol) ok = false;
          total += d;
        }
        if (!ok || total > 2) continue;
        if (n === 1 && ((c.fuzzy[0] as string).length < 6 || total > 1)) continue; // short single words: no fuzzy hits
        if (n > 1 && exactTokens === 0) continue; // at least one token must agree exactly
        const last = window[n - 1] as Token;
        if (total === 0) {
          // Same skeleton, different spelling ("Jabhat al-Nousra", "Hizbollah" → "Hezbolah").
          const plainSame = window.every((w, k) => w.plain === c.plain[k]);
          if (plainSame) continue; // that is an exact/alias hit already
        }
        out.push({ start: t0.start, end: last.coreEnd, entry: c.entry, match: 'fuzzy', rule: 'groups.fuzzy', distance: total });
      }
    }
  }

  /** True when a neighbouring word is an all-caps word that is not a known acronym (a headline). */
  private inCapsRun(toks: Token[], index: ReadonlyMap<number, number>, start: number, end: number): boolean {
    const idx = index.get(start);
    if (idx === undefined) return false;
    let next = idx;
    while (next < toks.length && (toks[next] as Token).start < end) next++;
    const near = [toks[idx - 1], toks[next]];
    return near.some((t) => t !== undefined && isAllCaps(t.raw) && !this.knownAcronyms.has(t.raw));
  }

  /** Non-overlapping selection: longest first, then rule priority, then text order. */
  static select(cands: Candidate[]): Candidate[] {
    if (cands.length === 0) return [];
    const sorted = [...cands].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.rule] - PRIORITY[b.rule] || (a.distance ?? 0) - (b.distance ?? 0) || a.start - b.start,
    );
    // Occupancy of the characters already taken (names are short, so this stays linear).
    let base = Infinity;
    let top = 0;
    for (const c of sorted) {
      if (c.start < base) base = c.start;
      if (c.end > top) top = c.end;
    }
    const taken = new Uint8Array(top - base);
    const chosen: Candidate[] = [];
    for (const c of sorted) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) if (taken[i - base]) free = false;
      if (!free) continue;
      taken.fill(1, c.start - base, c.end - base);
      chosen.push(c);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }

  /** Back-references ("the Group") to entities already named earlier in the document. */
  backrefCandidates(text: string, from: number, to: number, named: ReadonlySet<string>, before: number): Candidate[] {
    if (this.backrefs.length === 0) return [];
    const toks = tokenize(text, from, to);
    const out: Candidate[] = [];
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      const prev = toks[i - 1] as Token;
      const next = toks[i + 1];
      if (t.start < before) continue;
      for (const b of this.backrefs) {
        if (t.raw !== b.word || !named.has(b.entry.id)) continue;
        if (prev.plain !== 'the' || prev.raw !== 'the') continue; // mid-sentence "the Group"
        if (t.poss) continue;
        if (next && isCapitalised(next.raw) && /^\s+$/.test(t.rawSepAfter)) continue; // "the Group of Seven"? "the Group Chairman"
        if (next && next.plain === 'of' && /^\s+$/.test(t.rawSepAfter)) {
          const after = toks[i + 2];
          if (after && isCapitalised(after.raw)) continue; // "the Group of Friends of Syria"
        }
        out.push({ start: t.start, end: t.coreEnd, entry: b.entry, match: 'alias', rule: 'groups.backref' });
      }
    }
    return out;
  }
}
