// The matching engine, separate from the data. Compiles the gazetteer, the country table and the
// descriptor rules into one token trie (names.ts) and one skeleton trie (fuzzy.ts); a sentence is
// tokenised once and each token is looked up in both. Rules (ids on every item):
//   groups.exact / groups.alias    canonical name / listed alias (case-insensitive, separators loose, a capital required)
//   groups.lowercase               a listed lower-case name after "the" or before a noun ("the international coalition")
//   groups.acronym                 case-sensitive acronym with word boundaries and optional guards
//   groups.composed                country form + institution head ("Russia's Defence Ministry", "Ministry of Defense of Russia")
//   groups.capital                 institution head + "in" + capital ("the defense ministry in Moscow"), inferred
//   groups.bare-name               country-less institution name ("Defense Ministry"), inferred
//   groups.fuzzy                   transliteration skeleton + Damerau-Levenshtein on capitalised tokens
//   groups.descriptor              generic designations ("militants", "moderate opposition"): not named groups
// Selection: longest span first, then rule priority, then fewer edits, then text order; no overlaps.
import type { GroupMatch } from './types.js';
import { uniformEntry, type Countries, type DescriptorRule, type Gazetteer, type GazetteerEntry, type InstitutionKind } from './schema.js';
import { isAllCaps, isCapitalised, tokenize, type Token, type Word } from './normalize.js';
import { WordFilter } from './filter.js';
import { NameTrie, type Form, type Hit, type NameTrieJSON } from './names.js';
import { FuzzyIndex, type FuzzyIndexJSON } from './fuzzy.js';

export type GroupRule =
  | 'groups.exact'
  | 'groups.alias'
  | 'groups.lowercase'
  | 'groups.acronym'
  | 'groups.doc-acronym'
  | 'groups.composed'
  | 'groups.capital'
  | 'groups.bare-name'
  | 'groups.fuzzy'
  | 'groups.backref'
  | 'groups.descriptor'
  | 'groups.coreference'
  | 'groups.discovered';

export interface Candidate {
  start: number;
  end: number;
  entry: GazetteerEntry;
  match: GroupMatch;
  rule: GroupRule;
  confidence: number;
  /** Edit distance for fuzzy matches. */
  distance?: number;
  inferred?: Record<string, string>;
}

/**
 * Every candidate is built here, with the same fields in the same order: one object shape keeps the
 * selection and the credit checks monomorphic (V8 otherwise re-optimises them for each new shape).
 */
export function candidate(
  start: number,
  end: number,
  entry: GazetteerEntry,
  match: GroupMatch,
  rule: GroupRule,
  confidence: number,
  inferred?: Record<string, string>,
  distance?: number,
): Candidate {
  return { start, end, entry, match, rule, confidence, distance, inferred };
}

export const PRIORITY: Record<GroupRule, number> = {
  'groups.exact': 0,
  'groups.alias': 1,
  'groups.lowercase': 1,
  'groups.composed': 2,
  'groups.doc-acronym': 3,
  'groups.acronym': 4,
  'groups.bare-name': 5,
  'groups.capital': 6,
  'groups.fuzzy': 7,
  'groups.backref': 8,
  'groups.descriptor': 9,
  'groups.coreference': 10,
  'groups.discovered': 11,
};

/** Forms a (country, institution head) pair is written in. "of" heads take the country after. */
export function composeInstitution(country: Countries['countries'][number], head: string): { composed: string[]; capital: string[] } {
  const composed = new Set<string>();
  for (const a of country.adjectives) composed.add(`${a} ${head}`);
  for (const n of country.names) {
    composed.add(`${n}'s ${head}`);
    composed.add(`${head} of ${n}`);
    composed.add(`${head} of the ${n}`);
  }
  return { composed: [...composed], capital: country.capitals.map((c) => `${head} in ${c}`) };
}

const descriptorEntry = (r: DescriptorRule): GazetteerEntry => uniformEntry({ id: `descriptor:${r.id}`, name: r.id.replace(/-/g, ' '), type: 'armed-group', aliases: [] });

/** The two tries as built from the data with this fingerprint (scripts/compile-groups.ts, at build time). */
export interface CompiledMatcher {
  fingerprint: string;
  trie: NameTrieJSON;
  fuzzy: FuzzyIndexJSON;
}

export class GroupMatcher {
  readonly trie: NameTrie;
  readonly fuzzy: FuzzyIndex;
  /** Acronyms known to the gazetteer (all-caps neighbours that are not headlines). */
  readonly knownAcronyms = new Set<string>(['US', 'USA', 'UK', 'UAE', 'EU']);
  /** Gazetteer acronyms and the ids they belong to. */
  readonly acronymOwners = new Map<string, Set<string>>();
  private readonly nationality: Set<string>;
  readonly byId = new Map<string, GazetteerEntry>();
  /** Owner of the word memos (`starts`): one object per state of the tries, so no memo outlives a change. */
  private memoKey: object = {};
  private memoSizes: [number, number] = [-1, -1];
  /** Words a token must be looked up for (tokens()), made for the current tries. */
  private filter: WordFilter | undefined;
  /** Institution entries by kind (for bare heads resolved from context). */
  readonly institutions = new Map<InstitutionKind, GazetteerEntry[]>();

  /**
   * `compiled`: the tries as compiled from this same data (the caller checks its fingerprint): they
   * are read instead of built (~150 ms of set-up on a fresh process); everything else is computed here.
   */
  constructor(readonly gazetteer: Gazetteer, countries: Countries, descriptors: readonly DescriptorRule[], compiled?: CompiledMatcher) {
    // While compiled tries are read, the adds go nowhere (the entries and tables are still made here).
    const building = compiled === undefined;
    this.trie = new NameTrie();
    this.fuzzy = new FuzzyIndex();
    this.nationality = new Set(gazetteer.nationalityGuard.map((w) => w.toLowerCase().replace(/’/g, "'")));
    for (const c of countries.countries) {
      for (const f of [...c.adjectives, ...c.names]) this.nationality.add(f.toLowerCase());
    }
    const countryOf = new Map(countries.countries.map((c) => [c.code, c]));
    for (const listed of gazetteer.entries) {
      const entry = uniformEntry(listed);
      this.byId.set(entry.id, entry);
      const add = (text: string, kind: Form['kind']) => {
        if (!building) return;
        const toks = tokenize(text);
        this.trie.add({ entry, kind, text }, toks);
        if (kind === 'exact' || kind === 'alias' || kind === 'composed') this.fuzzy.add(entry, text, toks);
      };
      add(entry.name, 'exact');
      for (const a of entry.aliases) add(a, 'alias');
      for (const v of entry.names ?? []) add(v.name, 'alias');
      if (building) for (const b of entry.bare ?? []) this.trie.add({ entry, kind: 'bare', text: b });
      if (building) for (const l of entry.lowercase ?? []) this.trie.add({ entry, kind: 'lowercase', text: l });
      for (const a of entry.acronyms ?? []) {
        const form = typeof a === 'string' ? a : a.form;
        const capsGuard = typeof a !== 'string' && a.guards.includes('not-in-caps-run');
        this.knownAcronyms.add(form.replace(/\./g, ''));
        this.acronymOwners.set(form, new Set([...(this.acronymOwners.get(form) ?? []), entry.id]));
        if (building) this.trie.add({ entry, kind: 'acronym', text: form, acronym: form, capsGuard });
      }
      if (entry.institution) {
        const country = countryOf.get(entry.institution.country);
        if (!country) throw new Error(`groups: ${entry.id}: country ${entry.institution.country} missing from countries.json`);
        this.institutions.set(entry.institution.kind, [...(this.institutions.get(entry.institution.kind) ?? []), entry]);
        for (const head of building ? (countries.heads[entry.institution.kind] ?? []) : []) {
          const { composed, capital } = composeInstitution(country, head);
          for (const f of composed) this.trie.add({ entry, kind: 'composed', text: f });
          for (const f of capital) this.trie.add({ entry, kind: 'capital', text: f });
        }
      }
    }
    // Country-less heads of every kind ("the Health Ministry said"): resolved from the document's
    // context in the extractor (the institution of that kind named last), else dropped.
    const made = new Map<string, GazetteerEntry>();
    for (const [kind, heads] of Object.entries(countries.heads) as Array<[InstitutionKind, string[]]>) {
      const entry = uniformEntry({ id: `kind:${kind}`, name: kind, type: 'government-body', aliases: [] });
      made.set(entry.id, entry);
      if (building) for (const head of heads) if (/^\p{Lu}/u.test(head)) this.trie.add({ entry, kind: 'bare', text: head });
    }
    for (const r of descriptors) {
      const entry = descriptorEntry(r);
      made.set(entry.id, entry);
      if (building) for (const p of r.phrases) this.trie.add({ entry, kind: 'descriptor', text: p, descriptor: r.id });
    }
    if (compiled) {
      const entry = (id: string) => {
        const e = this.byId.get(id) ?? made.get(id);
        if (!e) throw new Error(`groups: compiled tries name an unknown entry ${id}`);
        return e;
      };
      this.trie = NameTrie.fromJSON(compiled.trie, entry);
      this.fuzzy = FuzzyIndex.fromJSON(compiled.fuzzy, entry);
    }
  }

  /** Forms added since the word memos and the filter were made (the tries are public): they start over. */
  private refresh(): void {
    if (this.trie.size !== this.memoSizes[0] || this.fuzzy.size !== this.memoSizes[1]) {
      this.memoKey = {};
      this.memoSizes = [this.trie.size, this.fuzzy.size];
      this.filter = undefined;
    }
  }

  /**
   * The tokens of text[from, to) for this matcher's scans: lower-case words that no trie can start
   * with and no word class lists are quiet (skipped without a word-table probe). Valid until forms
   * are added to the tries.
   */
  tokens(text: string, from: number, to: number): Token[] {
    this.refresh();
    this.filter ??= new WordFilter(this.trie.keys(true), this.trie.keys(false));
    return tokenize(text, from, to, this.filter);
  }

  /** Candidates (overlapping) over the tokens of one sentence. */
  candidates(text: string, toks: readonly Token[]): Candidate[] {
    this.refresh();
    const out: Candidate[] = [];
    const hits: Hit[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.quiet || (!t.poss && (this.starts(t.word) & 1) === 0)) continue;
      hits.length = 0;
      this.trie.matchAt(text, toks, i, hits);
      for (const h of hits) {
        const c = this.fromHit(toks, h);
        if (c) out.push(c);
      }
    }
    const fz: import('./fuzzy.js').FuzzyHit[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.quiet || (!t.poss && (this.starts(t.word) & 2) === 0)) continue;
      this.fuzzy.matchAt(toks, i, fz);
    }
    for (const f of fz) {
      out.push(candidate(f.start, f.end, f.name.entry, 'fuzzy', 'groups.fuzzy', round(0.9 * f.similarity), undefined, f.distance));
    }
    return out;
  }

  /**
   * Which matches a token of this word can start (1: the name trie, 2: the fuzzy index), memoised on
   * the word for this matcher: most words start nothing, and are then skipped with one read. Only
   * for tokens without a possessive; a word that may be an article (its skeleton depends on the
   * separator after it) is always tried by the fuzzy index.
   */
  private starts(w: Word): number {
    if (w.owner === this.memoKey) return w.starts;
    let s = 0;
    if (this.trie.canStart(w.plain, w.stem)) s |= 1;
    if (w.article !== 0 || this.fuzzy.canStart(w)) s |= 2;
    w.owner = this.memoKey;
    w.starts = s;
    return s;
  }

  private fromHit(toks: readonly Token[], h: Hit): Candidate | undefined {
    const { form, start, end } = h;
    const entry = form.entry;
        switch (form.kind) {
      case 'exact':
        return candidate(start, end, entry, 'exact', 'groups.exact', 1);
      case 'alias':
        return candidate(start, end, entry, 'alias', 'groups.alias', 0.97);
      case 'composed':
        return candidate(start, end, entry, 'alias', 'groups.composed', 0.95);
      case 'lowercase':
        if (!definiteOrModifier(toks, h.i, h.j)) return undefined;
        return candidate(start, end, entry, 'alias', 'groups.lowercase', 0.85);
      case 'acronym':
        if (form.capsGuard && this.inCapsRun(toks, h.i, h.j)) return undefined;
        return candidate(start, end, entry, 'acronym', 'groups.acronym', 0.95);
      case 'descriptor':
        return candidate(start, end, entry, 'descriptor', 'groups.descriptor', 0.9);
      case 'bare':
      case 'capital': {
        // A bare head names a capitalised institution, and no other country precedes it.
        const first = toks[h.i] as Token;
        if (form.kind === 'bare' && !isCapitalised(first.raw)) return undefined;
        if (this.nationalityBefore(toks, h.i)) return undefined;
        if (form.kind === 'capital') return candidate(start, end, entry, 'inferred', 'groups.capital', 0.85, { id: 'capital' });
        return candidate(start, end, entry, 'inferred', 'groups.bare-name', 0.7, { id: 'default-country' });
      }
    }
  }

  /** "Syrian Defense Ministry", "Iraq’s Defense Ministry", "a Defense Ministry statement": not the default country's. */
  nationalityBefore(toks: readonly Token[], i: number): boolean {
    const prev = toks[i - 1];
    if (!prev) return false;
    if (prev.plain === 'a' || prev.plain === 'an') return true;
    if (!/^\s*$/.test(prev.rawSepAfter.replace(/\u00A0/g, ' '))) return false;
    const p = `${prev.plain}${prev.poss ? "'s" : ''}`;
    return this.nationality.has(p) || this.nationality.has(prev.plain) || (prev.poss && isCapitalised(prev.raw)) || (prev.stem !== undefined && this.nationality.has(prev.stem));
  }

  /** True when a neighbouring word is an all-caps word that is not a known acronym (a headline: "WHAT IS"). */
  private inCapsRun(toks: readonly Token[], i: number, j: number): boolean {
    const near = [toks[i - 1], toks[j + 1]];
    return near.some((t) => t !== undefined && isAllCaps(t.raw) && !this.knownAcronyms.has(t.raw));
  }

  /** Non-overlapping selection: longest first, then rule priority, then fewer edits, then text order. */
  static select(cands: Candidate[]): Candidate[] {
    if (cands.length <= 1) return cands;
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

  static tokens(text: string, from: number, to: number): Token[] {
    return tokenize(text, from, to);
  }
}

/** Words after a name that make it a clause, not a modifier: "an international coalition to confront …". */
const NOT_MODIFIER = new Set(['to', 'that', 'which', 'who', 'of', 'and', 'or', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'said', 'says', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'against', 'as']);

/** "the international coalition" (definite) or "an international coalition source" (a modifier before a noun). */
function definiteOrModifier(toks: readonly Token[], i: number, j: number): boolean {
  const prev = toks[i - 1];
  if (prev && prev.plain === 'the' && prev.rawSepAfter === ' ') return true;
  const last = toks[j] as Token;
  const next = toks[j + 1];
  if (!next || last.rawSepAfter !== ' ' || isCapitalised(next.raw) || last.poss) return false;
  return !NOT_MODIFIER.has(next.plain) && !/(?:ing|ed)$/.test(next.plain);
}

export const round = (x: number) => Math.round(x * 100) / 100;
