// Groups extractor: data (gazetteer.json, countries.json, descriptors.json; schema.ts) + engine
// (matcher.ts: one token trie and one skeleton trie; context.ts: back-references, coreference,
// document acronyms; discovery.ts; credits.ts). One pass over each sentence's tokens.
// Output per the contract: {start, end, text, id, name, type, match, rule, confidence, inferred?,
// nameAtDate?, country?}. Named matches only unless `includeUnnamed` (coreference, discovered,
// descriptor items are not names: the gold never has them).
import type { Extractor } from '../../src/extractor.js';
import type { Document } from '../../src/types.js';
import type { GroupMention } from './types.js';
import { loadData } from './gazetteer.js';
import { GroupMatcher, type Candidate } from './matcher.js';
import type { GazetteerEntry, InstitutionKind } from './schema.js';
import { DocContext, headIndex } from './context.js';
import { discover } from './discovery.js';
import { creditRule } from './credits.js';

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
    matcher = new GroupMatcher(d.gazetteer, d.countries, d.descriptors);
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
function resolveBare(m: GroupMatcher, ctx: DocContext, c: Candidate): Candidate | undefined {
  const kind = (c.entry.id.startsWith('kind:') ? c.entry.id.slice(5) : c.entry.institution?.kind) as InstitutionKind | undefined;
  const named = kind ? ctx.institution(kind) : undefined;
  if (named && named.id !== c.entry.id) return { ...c, entry: named, inferred: { id: 'coreference' } };
  if (c.entry.id.startsWith('kind:')) return undefined;
  return c;
}

export function extractGroups(doc: Document, options: GroupOptions = {}): GroupItem[] {
  const m = groupMatcher();
  const ctx = new DocContext(heads as Map<string, Set<string>>);
  const out: GroupItem[] = [];
  const text = doc.text;
  for (const s of doc.sentences) {
    const toks = GroupMatcher.tokens(text, s.start, s.end);
    if (toks.length === 0) continue;
    const cands: Candidate[] = [];
    for (const c of m.candidates(text, toks)) {
      if (c.rule === 'groups.bare-name') {
        const r = resolveBare(m, ctx, c);
        if (r) cands.push(r);
      } else if (!creditRule(text, c.start, c.end, c.entry)) cands.push(c);
    }
    cands.push(...ctx.acronymCandidates(toks), ...ctx.references(toks));
    let chosen = GroupMatcher.select(cands);
    // "<Name> (ACR)" defines ACR for the rest of the document (and is a mention itself).
    const defined: Candidate[] = [];
    for (const c of chosen) {
      if (UNNAMED.has(c.match)) continue;
      const acr = ctx.learn(text, c);
      if (acr) defined.push(acr);
    }
    if (defined.length > 0) chosen = GroupMatcher.select([...chosen, ...defined]);
    // Discovered names fill free spans; they replace a fuzzy guess they contain ("Tarhrir al-Sham Brigade").
    const found = discover(text, toks);
    if (found.length > 0) {
      for (const d of found) {
        const overlapping = chosen.filter((c) => c.start < d.end && d.start < c.end);
        if (overlapping.some((c) => (c.rule !== 'groups.fuzzy' && c.match !== 'descriptor') || c.start < d.start || c.end > d.end || c.end - c.start === d.end - d.start)) continue;
        chosen = chosen.filter((c) => !overlapping.includes(c));
        const cand: Candidate = { start: d.start, end: d.end, entry: d.entry, match: 'discovered', rule: 'groups.discovered', confidence: 0.4 };
        chosen.push(cand);
        const acr = ctx.learn(text, cand);
        if (acr) chosen.push(acr);
      }
      chosen.sort((a, b) => a.start - b.start);
    }
    for (const c of chosen) {
      if (!UNNAMED.has(c.match) || c.match === 'discovered') ctx.note(c.entry);
      if (UNNAMED.has(c.match) && !options.includeUnnamed) continue;
      out.push(toMention(doc, c));
    }
  }
  return out;
}

export const groupsExtractor: Extractor<'groups'> = {
  name: 'groups',
  version: '1.0.0',
  extract: (doc) => extractGroups(doc),
};
