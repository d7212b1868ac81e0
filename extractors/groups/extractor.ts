// Groups extractor: gazetteer (gazetteer.json, validated by schema.ts) + matching engine (matcher.ts).
// Output per the contract: {start, end, text, id, name, type, match, rule, inferred?}, plus
// `nameAtDate` when the document's publication date falls in the validity of another of the
// entity's names (Jabhat al-Nusra → Jabhat Fateh al-Sham from 2016-07-28).
import type { ExtractorCore } from '../../src/extractor.js';
import type { Document } from '../../src/types.js';
import type { GroupMention } from './types.js';
import { loadGazetteer } from './gazetteer.js';
import { GroupMatcher, type Candidate } from './matcher.js';
import type { GazetteerEntry } from './schema.js';

export type GroupItem = GroupMention & { nameAtDate?: string };

let matcher: GroupMatcher | undefined;
export function groupMatcher(): GroupMatcher {
  matcher ??= new GroupMatcher(loadGazetteer());
  return matcher;
}

/** The entity's name in force on `date` (ISO), if its validity table says so. */
export function nameAtDate(entry: GazetteerEntry, date: string | undefined): string | undefined {
  if (!date || !entry.names) return undefined;
  const day = date.slice(0, 10);
  const v = entry.names.find((n) => (!n.from || n.from <= day) && (!n.until || day < n.until));
  return v?.name;
}

function toMention(doc: Document, c: Candidate): GroupItem {
  const item: GroupItem = {
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    id: c.entry.id,
    name: c.entry.name,
    type: c.entry.type,
    match: c.match,
    rule: c.rule,
  };
  if (c.rule === 'groups.bare-name') item.inferred = { id: 'default-country' };
  if (c.rule === 'groups.backref') item.inferred = { id: 'back-reference' };
  const current = nameAtDate(c.entry, doc.meta.published?.value);
  if (current && current !== c.entry.name) item.nameAtDate = current;
  return item;
}

export function extractGroups(doc: Document): GroupItem[] {
  const m = groupMatcher();
  const out: GroupItem[] = [];
  const named = new Set<string>();
  for (const s of doc.sentences) {
    const chosen = GroupMatcher.select(m.candidates(doc.text, s.start, s.end));
    for (const c of chosen) named.add(c.entry.id);
    const refs = m.backrefCandidates(doc.text, s.start, s.end, named, s.start);
    const all = refs.length > 0 ? GroupMatcher.select([...chosen, ...refs]) : chosen;
    for (const c of all) out.push(toMention(doc, c));
  }
  return out;
}

export const groupsExtractor: ExtractorCore<'groups', GroupMention> = {
  name: 'groups',
  version: '1.0.0',
  extract: (doc) => extractGroups(doc),
};
