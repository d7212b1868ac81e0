// Resolution and output: drafts deduplicated, speakers resolved in text order (coreference over
// the entities seen so far), items built with their texts.
import type { Document } from '../../src/types.js';
import type { GroupMention } from '../groups/types.js';
import type { ClaimMention } from './types.js';
import { mentionGroup, orgCompatible, resolveSpeaker, type Entity, type GroupLink } from './coref.js';
import { personId } from './entities.js';
import { determiners, openerWords, orgDescriptions, organisationHeads, titleWords } from './lexicon.js';
import { escapeRegExp } from '../../src/text/regex.js';
import { trimEnd, type Draft } from './text.js';
import type { Span } from '../../src/types.js';

/** The gazetteer group inside a source NP: the one ending it (the NP is that organization), else the first. */
function groupLink(text: string, sp: Span, byStart: readonly GroupMention[]): GroupLink | undefined {
  const end = trimEnd(text, sp.start, sp.end);
  const c = text.slice(sp.start, end).indexOf(','); // within the NP only (a text may have no comma at all)
  const mainEnd = c >= 0 ? trimEnd(text, sp.start, sp.start + c) : end;
  let first: GroupMention | undefined;
  for (const g of byStart) {
    if (g.start < sp.start) continue;
    if (g.start >= end) break;
    if (g.end > end) continue;
    if (g.end === end || g.end === mainEnd) return { id: g.id, name: g.name, type: g.type, head: g.end === mainEnd, end: g.end - sp.start };
    first ??= g;
  }
  return first ? { id: first.id, name: first.name, type: first.type, head: false, end: first.end - sp.start } : undefined;
}

/** The latest "First [Middle] Surname" before `at` (capitalised words, titles dropped), bounded to 20,000 characters back. */
function fullNameBefore(text: string, surname: string, at: number): string | null {
  const from = Math.max(0, at - 20000);
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*[\\s\\u00A0]+){1,3})${escapeRegExp(surname)}\\b`, 'gu');
  let best: string | null = null;
  const win = text.slice(from, at);
  for (const m of win.matchAll(re)) {
    const all = m[1]!.trim().split(/[\s\u00A0]+/);
    // the given names: the capitalised words after the last title or organisation word ("United States President Barack")
    let k = all.length;
    while (k > 0 && !titleWords.has(all[k - 1]!.toLowerCase()) && !organisationHeads.has(all[k - 1]!.toLowerCase()) && !/^(?:The|A|An|In|On|At|But|And|As|When|After|Before|If|While)$/.test(all[k - 1]!)) k--;
    const toks = all.slice(k);
    // inside a longer capitalised run ("VTB Capital Investment Forum Russia Calling"): an organisation's name, not a person's
    const prev = /(\S+)[\s\u00A0]+$/.exec(win.slice(Math.max(0, m.index! - 40), m.index!))?.[1] ?? '';
    const next = /^[\s\u00A0]+(\S+)/.exec(win.slice(m.index! + m[0].length, m.index! + m[0].length + 40))?.[1] ?? '';
    if (k === 0 && /^\p{Lu}/u.test(prev)) continue;
    if (/^\p{Lu}/u.test(next)) continue;
    if (toks.length) best = `${toks.join(' ')} ${surname}`;
  }
  return best;
}

// (not a quotation's first words: "\"Due to its steps, …\"")
const SUBJECT_NAME = /^[\s\u00A0]*(?<name>\p{Lu}\p{Ll}+(?:[\s\u00A0]+\p{Lu}\p{Ll}+){0,2})[\s\u00A0,]+(?:\d|(?!(?:to|of|for|and|or|in|on|at|with|by|from|as)\b)\p{Ll})/u;

/**
 * "Ziad 13 suffered a head injury … I hid in a doorway he told AFP": he/she is the person who is the
 * subject of the sentence before, when that sentence has no source of its own and names no organisation there.
 */
/** Index of the first element whose `start` is >= x in a list sorted by start (binary search). */
function lowerBound(list: readonly { start: number }[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Any element of a start-sorted list starting inside [from, to). */
const startsIn = (list: readonly { start: number }[], from: number, to: number) => {
  const k = lowerBound(list, from);
  return k < list.length && list[k]!.start < to;
};

function subjectBefore(doc: Document, at: number, speakers: readonly Span[], groups: readonly GroupMention[]): string | null {
  const i = lowerBound(doc.sentences, at + 1) - 1; // the sentence containing `at` (sentences are sorted)
  const prev = i > 0 ? doc.sentences[i - 1]! : undefined;
  if (!prev || doc.sentences[i]!.paragraph !== prev.paragraph && doc.sentences[i]!.paragraph - prev.paragraph > 1) return null;
  const m = SUBJECT_NAME.exec(doc.text.slice(prev.start, Math.min(prev.end, prev.start + 80)));
  const name = m?.groups?.name;
  // a single capitalised word is a name only with an age after it ("Ziad 13"): "Nonetheless", "Key" are not
  if (!name || (!/\s/.test(name) && !/^\d/.test(m![0].slice(m![0].indexOf(name) + name.length).trim()))) return null;
  const first = name.split(/[\s\u00A0]+/)[0]!.toLowerCase();
  if (openerWords.has(first) || titleWords.has(first) || organisationHeads.has(first) || determiners.has(first) || first in orgDescriptions) return null;
  const nameStart = prev.start + m!.index + m![0].indexOf(name);
  // (groups are sorted by start and never longer than a few words: look from 100 characters before)
  for (let k = lowerBound(groups, nameStart - 100); k < groups.length && groups[k]!.start < nameStart + name.length; k++) if (groups[k]!.end > nameStart) return null;
  if (startsIn(speakers, prev.start, prev.end)) return null;
  return name;
}

export function resolveDrafts(doc: Document, drafts: Draft[], groups: readonly GroupMention[] = []): ClaimMention[] {
  const text = doc.text;
  const unique = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.start}:${d.end}`;
    const prev = unique.get(key);
    if (!prev || (prev.kind === 'author' && d.kind !== 'author')) unique.set(key, d);
  }
  const sorted = [...unique.values()].filter((d) => d.end > d.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const order = [...sorted].sort((a, b) => Math.min(a.start, a.speaker?.start ?? a.start) - Math.min(b.start, b.speaker?.start ?? b.start));
  const entities: Entity[] = [];
  const byStart = [...groups].sort((a, b) => a.start - b.start);
  const names = new Map<string, { name: string | null; coref: boolean; entity?: Entity }>();
  const turnName = (d: Draft) => (d.kind === 'author' && d.speaker ? text.slice(d.speaker.start, d.speaker.end).replace(/\u00A0/g, ' ') : null);
  const firstAt = new Map<Entity, number>();
  const unresolved: Array<{ key: string; at: number; head: string; words: string[] }> = [];
  const speakerSpans = drafts.flatMap((d) => (d.speaker ? [d.speaker] : [])).sort((a, b) => a.start - b.start);
  let turn: string | null = null;
  let gi = 0;
  for (const d of order) {
    if (!d.speaker) continue;
    const key = `${d.speaker.start}:${d.speaker.end}`;
    if (d.kind === 'author') turn = turnName(d);
    if (names.has(key)) continue;
    const sp = d.speaker;
    // the organizations named before this source are candidate antecedents too
    for (; gi < byStart.length && byStart[gi]!.end <= sp.start; gi++) {
      const e = mentionGroup(entities, byStart[gi]!);
      if (!firstAt.has(e)) firstAt.set(e, byStart[gi]!.start);
    }
    const np = text.slice(sp.start, sp.end);
    const subject = /^(?:he|she)$/i.test(np) ? subjectBefore(doc, sp.start, speakerSpans, byStart) : null;
    const r = subject ? { ...resolveSpeaker(subject, entities, turn), coreference: true } : resolveSpeaker(np, entities, turn, groupLink(text, sp, byStart));
    if (r.entity && !firstAt.has(r.entity)) firstAt.set(r.entity, sp.start);
    names.set(key, { name: r.name, coref: r.coreference, entity: r.entity });
    const words = np.toLowerCase().match(/[a-z]+/g) ?? [];
    const head = words.at(-1) ?? '';
    if (!r.name && head in orgDescriptions && words.length <= 5) unresolved.push({ key, at: sp.start, head, words });
  }
  // a lede's "a monitor said" names its organization only later: the first compatible one after it
  for (; gi < byStart.length; gi++) {
    const e = mentionGroup(entities, byStart[gi]!);
    if (!firstAt.has(e)) firstAt.set(e, byStart[gi]!.start);
  }
  // a surname-only speaker ("Zarif said") named in full earlier in the text ("Mohammad Javad Zarif")
  const tried = new Set<Entity>(); // one search per entity: the text scan is bounded but not free
  for (const [key, r] of names) {
    const e = r.entity;
    if (!e || tried.has(e) || e.kind !== 'person' || e.name.includes(' ') || !/^\p{Lu}[\p{L}'’-]+$/u.test(e.name)) continue;
    tried.add(e);
    const at = Number(key.split(':')[0]);
    // (a headline's "Putin" is named in full in the lede after it)
    const full = fullNameBefore(text, e.name, at) ?? (at < 300 ? fullNameBefore(text, e.name, Math.min(text.length, 2000)) : null);
    if (!full) continue;
    e.name = full;
    e.id = personId(full);
    for (const x of names.values()) if (x.entity === e) { x.name = full; x.coref = true; }
  }
  for (const u of unresolved) {
    const later = [...firstAt].filter(([e, at]) => at > u.at && orgCompatible(e, u.head, u.words)).sort((a, b) => a[1] - b[1])[0]?.[0];
    if (later) names.set(u.key, { name: later.name, coref: true, entity: later });
  }
  return sorted.map((d) => {
    const m: ClaimMention = {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      speaker: null,
      cue: d.cue ? { ...d.cue, text: text.slice(d.cue.start, d.cue.end) } : null,
      rule: d.rule,
    };
    if (d.speaker) {
      const r = names.get(`${d.speaker.start}:${d.speaker.end}`);
      m.speaker = { ...d.speaker, text: text.slice(d.speaker.start, d.speaker.end), name: r?.name ?? null };
      const e = r?.entity;
      if (e) {
        m.speaker.id = e.id;
        m.speaker.type = e.type;
        if (e.role) m.speaker.role = e.role;
        if (e.group) m.speaker.group = e.group;
      } else if (r?.name) {
        // a transcript turn's "I": the person of the turn label
        m.speaker.id = personId(r.name);
        m.speaker.type = 'person';
      }
      if (r?.coref) m.inferred = { speaker: 'coreference' };
    }
    return m;
  });
}
