// Groups extractor: data (gazetteer.json, countries.json, descriptors.json; schema.ts) + engine
// (matcher.ts: one token trie and one skeleton trie; context.ts: back-references, coreference,
// document acronyms; discovery.ts; credits.ts). One pass over each sentence's tokens.
// Output per the contract: {start, end, text, id, name, type, match, rule, confidence, inferred?,
// nameAtDate?, country?}. Named matches only unless `includeUnnamed` (coreference, discovered,
// descriptor items are not names: the gold never has them).
import type { ExtractorCore } from '../../src/extractor.js';
import type { Document } from '../../src/types.js';
import type { GroupMention } from './types.js';
import { compiledMatcher, loadData } from './gazetteer.js';
import { GroupMatcher, candidate, type Candidate } from './matcher.js';
import type { GazetteerEntry, InstitutionKind } from './schema.js';
import { DocContext, headIndex } from './context.js';
import { discover } from './discovery.js';
import { creditRule } from './credits.js';
import { furniture, furnitureAt } from './furniture.js';
import { SELF_DESCRIPTION } from './rules.js';

export type GroupItem = GroupMention;

export interface GroupOptions {
  /** Also return coreference, discovered and descriptor items (match field says which). */
  includeUnnamed?: boolean;
}

let matcher: GroupMatcher | undefined;
let heads: Map<string, Set<string>> | undefined;
export function groupMatcher(): GroupMatcher {
  if (!matcher) {
    const d = loadData();
    matcher = new GroupMatcher(d.gazetteer, d.countries, d.descriptors, compiledMatcher());
    heads = headIndex(d.gazetteer.entries);
  }
  return matcher;
}

/** The entity's name in force on `date` (ISO), if its validity table says so. */
export function nameAtDate(entry: GazetteerEntry, date: string | undefined): string | undefined {
  if (!date || !entry.names) return undefined;
  const day = date.slice(0, 10);
  const v = entry.names.find((n) => (!n.from || n.from <= day) && (!n.until || day < n.until));
  return v?.name;
}

const UNNAMED = new Set(['coreference', 'discovered', 'descriptor']);
/** The credit candidates of the sentence being read (one set, cleared per sentence). */
const SENTENCE_CREDITS = new Set<Candidate>();

function toMention(doc: Document, c: Candidate): GroupItem {
  const item: GroupItem = {
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    id: c.entry.id,
    name: c.entry.name,
    type: c.match === 'descriptor' ? 'descriptor' : c.entry.type,
    match: c.match,
    rule: c.rule,
    confidence: c.confidence,
  };
  if (c.inferred) item.inferred = c.inferred;
  const current = nameAtDate(c.entry, doc.meta.published?.value);
  if (current && current !== c.entry.name) item.nameAtDate = current;
  const country = c.entry.institution?.country ?? c.entry.country;
  if (country) item.country = country;
  return item;
}

/** A bare institution head takes the country of the institution of that kind named last. */
function resolveBare(ctx: DocContext, c: Candidate): Candidate | undefined {
  const kind = (c.entry.id.startsWith('kind:') ? c.entry.id.slice(5) : c.entry.institution?.kind) as InstitutionKind | undefined;
  const named = kind ? ctx.institution(kind) : undefined;
  if (named && named.id !== c.entry.id) return candidate(c.start, c.end, named, c.match, c.rule, c.confidence, { id: 'coreference' }, c.distance);
  if (c.entry.id.startsWith('kind:')) return undefined;
  return c;
}

/**
 * Discovered names fill free spans; they replace a fuzzy guess or a descriptor they strictly
 * contain ("Tarhrir al-Sham Brigade" over a fuzzy "Tarhrir al-Sham"). Linear: chosen items are
 * indexed by character (owner per offset).
 */
function addDiscovered(text: string, ctx: DocContext, chosen: Candidate[], found: ReturnType<typeof discover>, from: number, to: number): Candidate[] {
  const owner = new Int32Array(to - from).fill(-1);
  chosen.forEach((c, k) => owner.fill(k, c.start - from, c.end - from));
  const dropped = new Set<number>();
  const added: Candidate[] = [];
  for (const d of found) {
    const over = new Set<number>();
    for (let p = d.start; p < d.end; p++) if ((owner[p - from] as number) >= 0) over.add(owner[p - from] as number);
    let ok = true;
    for (const k of over) {
      const c = chosen[k] as Candidate;
      if ((c.rule !== 'groups.fuzzy' && c.match !== 'descriptor') || (c.rule === 'groups.fuzzy' && !d.headed) || c.start < d.start || c.end > d.end || c.end - c.start === d.end - d.start) ok = false;
    }
    if (!ok) continue;
    for (const k of over) dropped.add(k);
    const cand = candidate(d.start, d.end, d.entry, 'discovered', 'groups.discovered', 0.4);
    added.push(cand);
    const acr = ctx.learn(text, cand, new Map());
    if (acr) added.push(acr);
  }
  if (added.length === 0) return chosen;
  return [...chosen.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.start - b.start);
}

export function extractGroups(doc: Document, options: GroupOptions = {}): GroupItem[] {
  const m = groupMatcher();
  const ctx = new DocContext(heads as Map<string, Set<string>>);
  const out: GroupItem[] = [];
  const text = doc.text;
  const furn = furniture(text);
  let footer = Infinity;
  for (const s of doc.sentences) {
    const toks = m.tokens(text, s.start, s.end);
    if (toks.length === 0) continue;
    const cands: Candidate[] = [];
    const credits = SENTENCE_CREDITS;
    if (credits.size > 0) credits.clear(); // clear() allocates a new table even when empty
    for (const c of m.candidates(text, toks)) {
      if (c.rule === 'groups.bare-name') {
        const r = resolveBare(ctx, c);
        if (r) cands.push(r);
        continue;
      }
      // A credit line still takes its span, so "TRT" inside "(TRT World and Agencies)" is not a mention either.
      if (creditRule(text, c.start, c.end, c.entry, c.match === 'acronym') || furnitureAt(furn, c.start, c.end)) credits.add(c);
      else if (footer === Infinity && selfDescribes(text, c)) footer = c.start;
      cands.push(c);
    }
    // Credits stay in the selection until the end, so neither a shorter name nor discovery takes their span.
    let chosen = GroupMatcher.select(cands);
    // What this sentence named is context for its own back-references ("the ISSG’s work … the Group").
    for (const c of chosen) if (!credits.has(c)) ctx.note(c.entry);
    // (fresh arrays: the longer is reused rather than spread into a new one, order kept)
    const docAcronyms = ctx.acronymCandidates(toks);
    const refs = ctx.references(toks);
    const extra: Candidate[] = refs.length === 0 ? docAcronyms : docAcronyms.length === 0 ? refs : [...docAcronyms, ...refs];
    // "<Name> (ACR)" defines ACR for the rest of the document (and is a mention itself).
    for (const c of chosen) {
      if (UNNAMED.has(c.match) || credits.has(c)) continue;
      const acr = ctx.learn(text, c, m.acronymOwners);
      if (acr) extra.push(acr);
    }
    if (extra.length > 0) chosen = GroupMatcher.select([...chosen, ...extra]);
    // Discovered names fill free spans; they replace a fuzzy guess they contain ("Tarhrir al-Sham Brigade").
    const found = discover(text, toks);
    if (found.length > 0) chosen = addDiscovered(text, ctx, chosen, found, s.start, s.end);
    for (const c of chosen) {
      if (credits.has(c)) continue;
      if (!UNNAMED.has(c.match) || c.match === 'discovered') ctx.note(c.entry);
      if (UNNAMED.has(c.match) && !options.includeUnnamed) continue;
      out.push(toMention(doc, c));
    }
  }
  return footer === Infinity ? out : dropFooter(out, footer);
}

const MEDIA = new Set(['media', 'news-agency']);

/** "Asharq Al-Awsat is the worlds premier pan-Arab daily …" near the end: the publisher's boilerplate. */
function selfDescribes(text: string, c: Candidate): boolean {
  return text.length - c.end <= SELF_DESCRIPTION.tail && MEDIA.has(c.entry.type) && SELF_DESCRIPTION.after.test(text.slice(c.end, c.end + 160));
}

/** Mentions from the boilerplate on (and the outlet's name repeated just before it) are not mentions. */
function dropFooter(out: GroupItem[], footer: number): GroupItem[] {
  let from = footer;
  const at = out.findIndex((m) => m.start === footer);
  const prev = out[at - 1];
  if (at > 0 && prev && prev.id === (out[at] as GroupItem).id && footer - prev.end <= 2) from = prev.start;
  return out.filter((m) => m.start < from);
}

export const groupsExtractor: ExtractorCore<'groups', GroupMention> = {
  name: 'groups',
  version: '2.0.0',
  extract: (doc) => extractGroups(doc, { includeUnnamed: true }),
};
