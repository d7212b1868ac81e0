// Resolution and output: drafts deduplicated, speakers resolved in text order (coreference over
// the entities seen so far), items built with their texts.
import type { Document } from '../../src/types.js';
import type { GroupMention } from '../groups/types.js';
import type { ClaimMention } from './types.js';
import { resolveSpeaker, type Entity } from './speaker.js';
import { trimEnd, type Draft } from './text.js';

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
  const groupsByEnd = new Map(groups.map((g) => [g.end, g] as const));
  const names = new Map<string, { name: string | null; coref: boolean }>();
  const turnName = (d: Draft) => (d.kind === 'author' && d.speaker ? text.slice(d.speaker.start, d.speaker.end).replace(/\u00A0/g, ' ') : null);
  let turn: string | null = null;
  for (const d of order) {
    if (!d.speaker) continue;
    const key = `${d.speaker.start}:${d.speaker.end}`;
    if (d.kind === 'author') turn = turnName(d);
    if (names.has(key)) continue;
    // an organisation the groups gazetteer knows, heading the source NP ("Defense ministry" → Russian Defense Ministry)
    const sp = d.speaker;
    const g = groupsByEnd.get(trimEnd(text, sp.start, sp.end));
    const canonical = g && g.start >= sp.start ? g.name : undefined;
    const r = resolveSpeaker(text.slice(sp.start, sp.end), entities, turn, canonical);
    names.set(key, { name: r.name, coref: r.coreference });
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
      if (r?.coref) m.inferred = { speaker: 'coreference' };
    }
    return m;
  });
}
