// Resolution and output: drafts deduplicated, speakers resolved in text order (coreference over
// the entities seen so far), items built with their texts.
import type { Document } from '../../src/types.js';
import type { GroupMention } from '../groups/types.js';
import type { ClaimMention } from './types.js';
import { mentionGroup, orgCompatible, resolveSpeaker, type Entity, type GroupLink } from './coref.js';
import { personId } from './entities.js';
import { orgDescriptions } from './lexicon.js';
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
    const r = resolveSpeaker(np, entities, turn, groupLink(text, sp, byStart));
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
