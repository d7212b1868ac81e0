// Resolution and output: drafts deduplicated, speakers resolved in text order (coreference over
// the entities seen so far), items built with their texts.
import type { Document } from '../../src/types.js';
import type { GroupMention } from '../groups/types.js';
import type { ClaimMention } from './types.js';
import { mentionGroup, orgCompatible, resolveSpeaker, type Entity, type GroupLink, type Resolution, type SpeakerContext } from './coref.js';
import { isNameWord, organizationId, personId, speakerWords as SW } from './entities.js';
import { descriptorWords, finiteMarkers, openerWords, orgDescriptions, organisationHeads, titleWords } from './lexicon.js';
import { lower, speakerBefore } from './speaker.js';
import { stepPast, trimEnd, trimStart, type Draft } from './text.js';
import type { Span } from '../../src/types.js';

/** The first index of `byStart` whose mention starts at or after `at`. */
function firstFrom(byStart: readonly GroupMention[], at: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The gazetteer group inside a source NP: the one ending it (the NP is that organization), else the first. */
function groupLink(text: string, sp: Span, byStart: readonly GroupMention[]): GroupLink | undefined {
  const end = trimEnd(text, sp.start, sp.end);
  const c = text.slice(sp.start, end).indexOf(','); // within the NP only (a text may have no comma at all)
  const mainEnd = c >= 0 ? trimEnd(text, sp.start, sp.start + c) : end;
  let first: GroupMention | undefined;
  for (let i = firstFrom(byStart, sp.start); i < byStart.length; i++) {
    const g = byStart[i]!;
    if (g.start >= end) break;
    if (g.end > end) continue;
    if (g.end === end || g.end === mainEnd) return { id: g.id, name: g.name, type: g.type, head: g.end === mainEnd, end: g.end - sp.start, start: g.start - sp.start };
    first ??= g;
  }
  return first ? { id: first.id, name: first.name, type: first.type, head: false, end: first.end - sp.start, start: first.start - sp.start } : undefined;
}

interface PersonName {
  name: string;
  start: number;
  /** Written with a title ("President Barack Obama") or an age ("Ziad 13"): a person for sure. */
  person: boolean;
  aged?: boolean;
}

// a run of capitalised words (particles allowed: "Ali al-Zaatari", "Staffan de Mistura"); bounded per word
// (sticky: tried only where a run can start, nameStart; the text's matches are those of a global scan)
const NAME_RUN = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’.-]{0,30}|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’-]{0,30})(?:[\s\u00A0]+(?:(?:al|el|bin|ibn|de|van|von|da|di|du)[\s\u00A0]+)?(?:\p{Lu}[\p{L}'’.-]{0,30}|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’-]{0,30})){1,6}|(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{1,30}(?=,?[\s\u00A0]+\d{1,3}\b)/yu;
/** An upper-case letter (a code point) at the sticky index. */
const UPPER_AT = /\p{Lu}/uy;
/** \p{Lu} of a BMP character outside the surrogates, learnt on first sight: 0 unknown, 1 upper, 2 not. */
const UPPER_BMP = new Uint8Array(0x10000);
/**
 * The next index from `i` where NAME_RUN can match, as the global scan `/\p{Lu}|(?:al|el|bin|ibn|abu)-/gu`
 * finds it (a capital letter, or a hyphenated particle), or -1: a character loop, ASCII tested inline.
 */
function nameStart(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) return i;
      // al- abu- el- bin- ibn- (compared by char code: most letters are none of these)
      if (c === 97 || c === 98 || c === 101 || c === 105) {
        const c1 = text.charCodeAt(i + 1);
        const c2 = text.charCodeAt(i + 2);
        if (c2 === 45 ? c1 === 108 && (c === 97 || c === 101) : text.charCodeAt(i + 3) === 45 && (c === 97 ? c1 === 98 && c2 === 117 : c === 98 ? c1 === 105 && c2 === 110 : c === 105 && c1 === 98 && c2 === 110)) return i;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      UPPER_AT.lastIndex = i;
      if (UPPER_AT.test(text)) return i;
      if (c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++; // a surrogate pair is one step
      continue;
    }
    let k = UPPER_BMP[c]!;
    if (k === 0) {
      UPPER_AT.lastIndex = 0;
      UPPER_BMP[c] = k = UPPER_AT.test(String.fromCharCode(c)) ? 1 : 2;
    }
    if (k === 1) return i;
  }
  return -1;
}

/** The matches of NAME_RUN in text order, as a global scan finds them (one sticky try per possible start). */
function* nameRuns(text: string): Generator<RegExpExecArray> {
  for (let c = nameStart(text, 0); c >= 0; ) {
    NAME_RUN.lastIndex = c;
    const m = NAME_RUN.exec(text);
    // (after a match the scan goes on at its end; a run is never empty)
    c = nameStart(text, m ? m.index + m[0].length : stepPast(text, c));
    if (m) yield m;
  }
}

/** A word that ends a name run's name part from the left: a title, organisation head, descriptor, organisation word, description. */
function nameStop(t: string): boolean {
  const l = lower(t);
  return titleWords.has(l) || organisationHeads.has(l) || descriptorWords.has(l) || SW.orgWords.has(t.toLowerCase()) || l in orgDescriptions;
}
/** Only blanks between a sentence end (or the text start) and `start`. */
function opensSentence(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && /[\s\u00A0]/.test(text[j]!)) j--;
  return j < 0 || /[.!?"”\n]/.test(text[j]!);
}
/** An age after a name ("Ziad 13 suffered", "Ziad, 13,"). */
function agedAfter(text: string, end: number): boolean {
  const age = /^,?[\s\u00A0]+(\d{1,3})(?:,|[\s\u00A0]+(?:years?[\s\u00A0-]old|was|is|had|has|said|told|suffered|\p{Ll}+ed)\b)/u.exec(text.slice(end, end + 40));
  return !!age && Number(age[1]) <= SW.maxAge;
}

/**
 * Person names the text writes: the trailing non-title words of a capitalised run (2–4 words), outside
 * gazetteer groups ("United States President Barack Obama" → "Barack Obama", titled; "Ziad 13 suffered" → "Ziad", aged).
 */
function personNames(text: string, groups: readonly GroupMention[]): PersonName[] {
  const out: PersonName[] = [];
  const byStart = [...groups].sort((a, b) => a.start - b.start);
  let gi = 0;
  for (const m of nameRuns(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (gi < byStart.length && byStart[gi]!.end <= start) gi++;
    const all = m[0].split(/[\s\u00A0]+/);
    let lead = 0;
    while (lead < all.length && (openerWords.has(all[lead]!.toLowerCase()) || /^(?:The|A|An)$/.test(all[lead]!))) lead++;
    const toks = all.slice(lead);
    let k = toks.length;
    while (k > 0 && !nameStop(toks[k - 1]!)) k--;
    const name = toks.slice(k).filter((t) => !/^(?:The|A|An)$/.test(t));
    const nameStart = end - toks.slice(k).join(' ').length;
    let inGroup = false;
    for (let x = gi; x < byStart.length && x < gi + 4 && !inGroup; x++) inGroup = byStart[x]!.start < end && byStart[x]!.end > nameStart;
    if (inGroup || name.length === 0 || name.length > 4 || name.some((t) => /\.$/.test(t) && t.length > 3)) continue;
    const titled = k > 0 && titleWords.has(lower(toks[k - 1]!));
    // (an age only for a bare name opening a sentence: the window is read only then)
    const aged = name.length <= 3 && k === 0 && lead === 0 && opensSentence(text, start) && agedAfter(text, end);
    if (name.length >= 2 || titled || aged) out.push({ name: name.join(' '), start: nameStart, person: titled || aged, aged });
  }
  return out;
}

/** Full names by surname (first written), and the person mentions in text order. */
const personIdOf = (name: string) => personId(name.replace(/\s+\p{Lu}\.(?=\s)/gu, ''));

function nameIndex(text: string, groups: readonly GroupMention[]): { full: Map<string, string>; firstAt: Map<string, number>; persons: PersonName[] } {
  const full = new Map<string, string>();
  const firstAt = new Map<string, number>();
  const names = personNames(text, groups);
  // "Mr. Obama" and "Mrs. Obama" in one text: two people share the surname
  const gender = new Map<string, string>();
  const HON = /\b(Mr|Mrs|Ms|Miss)\.?[\s\u00A0]+(\p{Lu}[\p{L}'’-]{1,30})/gu;
  for (let m = HON.exec(text); m; m = HON.exec(text)) {
    const g = m[1] === 'Mr' ? 'm' : 'f';
    const had = gender.get(m[2]!);
    gender.set(m[2]!, had === undefined || had === g ? g : 'both');
  }
  for (const [surname, g] of gender) if (g === 'both') full.set(surname, '');
  for (const n of names) {
    const toks = n.name.split(' ');
    if (toks.length < 2) continue;
    const last = toks.at(-1)!;
    for (const key of [last, last.replace(/^(?:al|el|ad|ash|as|at|az|ar|an)-/, '')]) {
      const had = full.get(key);
      // two different people with one surname ("Michelle Obama", "Barack Obama"): the surname stays as written
      if (had === undefined) {
        full.set(key, n.name);
        firstAt.set(key, n.start);
      }
      else if (had !== '' && !had.endsWith(n.name) && !n.name.endsWith(had) && personIdOf(had) !== personIdOf(n.name)) full.set(key, '');
    }
  }
  return { full, firstAt, persons: names.filter((n) => (n.person && n.name.includes(' ') && !/[’']s\b/.test(n.name)) || n.aged) };
}

/** "A and B": a source of two coordinated NPs (no gazetteer name spans the `and`). */
function coordinated(text: string, sp: Span, byStart: readonly GroupMention[]): [Span, Span] | null {
  const np = text.slice(sp.start, sp.end);
  const m = /[\s\u00A0]and[\s\u00A0]+/.exec(np);
  if (!m || /[\s\u00A0]and[\s\u00A0]/.test(np.slice(m.index + m[0].length))) return null;
  const at = sp.start + m.index;
  for (let i = firstFrom(byStart, sp.start); i < byStart.length && byStart[i]!.start < at; i++) if (byStart[i]!.end > at) return null;
  if (np.slice(0, m.index).includes(',')) return null; // "President Obama, dedicating … and …": an apposition
  const right = np.slice(m.index + m[0].length);
  const a = { start: sp.start, end: trimEnd(text, sp.start, at) };
  const b = { start: sp.start + m.index + m[0].length, end: sp.end };
  const exact = (x: Span) => {
    for (let i = firstFrom(byStart, x.start); i < byStart.length && byStart[i]!.start <= x.start + 4; i++) if (byStart[i]!.end >= trimEnd(text, x.start, x.end) - 1) return true;
    return false;
  };
  // the second conjunct opens with an article or an unnamed-source noun, or both are gazetteer names
  // ("The Observatory and the Local Coordination Committees"; not "Citizenship and Immigration Services")
  if (!/^(?:the|a|an)[\s\u00A0]/i.test(right) && !SW.sourceNouns.has(right.split(/[\s\u00A0]+/)[0]!.toLowerCase()) && !(exact(a) && exact(b))) return null;
  return a.end > a.start && b.end > b.start ? [a, b] : null;
}

/**
 * The NP after `told` is the hearer (speaker-lexicon addresseeCues): "CLAUSE he told AFP." → source `he`, content
 * CLAUSE; "CLAUSE Putin told an investment conference." → the content is CLAUSE, not the hearer.
 */
function hearerFix(text: string, d: Draft): void {
  if (!d.speaker || !d.cue || !SW.addresseeCues.has(text.slice(d.cue.start, d.cue.end).toLowerCase())) return;
  if (d.speaker.start >= d.cue.end) {
    // the source was taken after the cue: take the NP before it, the content ends there
    if (d.end > d.cue.start || d.start >= d.cue.start) return;
    const sp = speakerBefore(text, d.start, d.cue.start, true);
    if (!sp || sp.start - d.start < 12) return;
    d.speaker = sp;
    d.end = trimEnd(text, d.start, sp.start);
    return;
  }
  // the content is the hearer NP ending the sentence: the clause before the source is the content
  if (d.start < d.cue.end || d.speaker.end > d.cue.start) return;
  const hearer = text.slice(d.start, d.end);
  if (hearer.split(/[\s\u00A0]+/).length > 5 || finiteMarkers.test(hearer) || !/^["”]?[\s\u00A0]*(?:[.!?]|$)/.test(text.slice(d.end, d.end + 3))) return;
  const from = Math.max(0, d.speaker.start - 600);
  const before = text.slice(from, d.speaker.start);
  const cut = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(/[.!?]["”]?[\s\u00A0]+/g)].slice(-1).map((m) => m.index + m[0].length - 1));
  const start = trimStart(text, from + cut + 1, d.speaker.start);
  const end = trimEnd(text, start, d.speaker.start);
  const clause = text.slice(start, end).replace(/,$/, '');
  if (clause.split(/[\s\u00A0]+/).length < 4) return;
  d.start = start;
  d.end = start + clause.length;
  d.rule = /,[\s\u00A0]*$/.test(text.slice(start, d.speaker.start)) ? 'claims.clause-said' : 'claims.wire-clause-said';
}

export function resolveDrafts(doc: Document, drafts: Draft[], groups: readonly GroupMention[] = []): ClaimMention[] {
  const text = doc.text;
  const unique = new Map<string, Draft>();
  for (const d of drafts) hearerFix(text, d);
  for (const d of drafts) {
    const key = `${d.start}:${d.end}`;
    const prev = unique.get(key);
    if (!prev || (prev.kind === 'author' && d.kind !== 'author')) unique.set(key, d);
  }
  const sorted = [...unique.values()].filter((d) => d.end > d.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const order = [...sorted].sort((a, b) => Math.min(a.start, a.speaker?.start ?? a.start) - Math.min(b.start, b.speaker?.start ?? b.start));
  const entities: Entity[] = [];
  const byStart = [...groups].sort((a, b) => a.start - b.start);
  // (the text's person names are read only when a source needs resolving)
  let namesOf: ReturnType<typeof nameIndex> | undefined;
  const resolved = new Map<string, { name: string | null; coref: boolean; entity?: Entity }>();
  const turnName = (d: Draft) => (d.kind === 'author' && d.speaker ? text.slice(d.speaker.start, d.speaker.end).replace(/\u00A0/g, ' ') : null);
  const firstAt = new Map<Entity, number>();
  const unresolved: Array<{ key: string; at: number; head: string; words: string[] }> = [];
  let turn: string | null = null;
  let lastPersonAt = -1;
  let pi = 0;
  let lastMention: PersonName | undefined;
  let lastAged: PersonName | undefined;
  let gi = 0;
  for (const d of order) {
    if (!d.speaker) continue;
    const key = `${d.speaker.start}:${d.speaker.end}`;
    if (d.kind === 'author') turn = turnName(d);
    if (resolved.has(key)) continue;
    const sp = d.speaker;
    // the organizations named before this source are candidate antecedents too
    for (; gi < byStart.length && byStart[gi]!.end <= sp.start; gi++) {
      const e = mentionGroup(entities, byStart[gi]!);
      if (!firstAt.has(e)) firstAt.set(e, byStart[gi]!.start);
    }
    const np = text.slice(sp.start, sp.end);
    const names = (namesOf ??= nameIndex(text, groups));
    // person mentions before this source (sources come in text order: one pass over the mentions)
    for (; pi < names.persons.length && names.persons[pi]!.start < sp.start; pi++) {
      lastMention = names.persons[pi]!;
      if (lastMention.aged) lastAged = lastMention;
    }
    const mention = lastMention;
    const aged = lastAged;
    const ctx: SpeakerContext = {
      fullName: (surname) => ((names.firstAt.get(surname) ?? Infinity) < sp.start ? names.full.get(surname) || undefined : undefined), // written before
      personMention: () => (mention && mention.start < sp.start ? mention.name : undefined),
      newPerson: () => (aged && aged.start < sp.start && aged.start > lastPersonAt && sp.start - aged.start < 600 ? aged.name : undefined),
    };
    const parts = coordinated(text, sp, byStart);
    let r: Resolution;
    if (parts) {
      // "The Observatory and the Local Coordination Committees": both names, or the one with a name
      const [a, b] = parts.map((x) => resolveSpeaker(text.slice(x.start, x.end), entities, turn, groupLink(text, x, byStart), ctx)) as [Resolution, Resolution];
      if (a.name && b.name && a.entity && b.entity && a.entity !== b.entity) {
        const name = `${a.name} and ${b.name}`;
        const e: Entity = { id: organizationId(name), name, kind: 'org', type: a.entity.type === b.entity.type ? a.entity.type : 'organization', words: new Set() };
        r = { name, coreference: a.coreference || b.coreference, entity: e };
      } else r = a.name ? a : b.name ? b : a;
    } else r = resolveSpeaker(np, entities, turn, groupLink(text, sp, byStart), ctx);
    if (r.entity && !firstAt.has(r.entity)) firstAt.set(r.entity, sp.start);
    if (r.entity?.kind === 'person') lastPersonAt = sp.start;
    resolved.set(key, { name: r.name, coref: r.coreference, entity: r.entity });
    const words = np.toLowerCase().match(/[a-z]+/g) ?? [];
    const head = words.at(-1) ?? '';
    if (!r.name && head in orgDescriptions && words.length <= 5) unresolved.push({ key, at: sp.start, head, words });
  }
  // a lede's "a monitor said" names its organization only later: the first compatible one after it
  // (the organizations after the last source matter only then)
  for (; unresolved.length > 0 && gi < byStart.length; gi++) {
    const e = mentionGroup(entities, byStart[gi]!);
    if (!firstAt.has(e)) firstAt.set(e, byStart[gi]!.start);
  }
  for (const u of unresolved) {
    const later = [...firstAt].filter(([e, at]) => at > u.at && orgCompatible(e, u.head, u.words)).sort((a, b) => a[1] - b[1])[0]?.[0];
    if (later) resolved.set(u.key, { name: later.name, coref: true, entity: later });
  }
  // "… according to a pro-opposition civil defense source. … Ibrahim Abu Leys told …": an indefinite
  // unnamed source takes the person named as a source in the next sentence
  const withSpeaker = order.filter((d) => d.speaker);
  for (let i = 0; i < withSpeaker.length - 1; i++) {
    const sp = withSpeaker[i]!.speaker!;
    const key = `${sp.start}:${sp.end}`;
    if (resolved.get(key)?.name) continue;
    const toks = text.slice(sp.start, sp.end).toLowerCase().split(/[\s\u00A0]+/);
    if (!/^(?:a|an)$/.test(toks[0] ?? '') || !toks.some((t) => SW.sourceNouns.has(t))) continue;
    let next: Draft | undefined;
    for (let j = i + 1; j < withSpeaker.length && j <= i + 20 && !next; j++) if (withSpeaker[j]!.speaker!.start >= sp.end) next = withSpeaker[j];
    if (!next) continue;
    const between = text.slice(sp.end, next.speaker!.start);
    if (between.length > 400 || (between.match(/[.!?](?=[\s\u00A0"”]|$)/g) ?? []).length > 1) continue;
    const r = resolved.get(`${next.speaker!.start}:${next.speaker!.end}`);
    if (r?.name && r.entity?.kind === 'person' && r.name.includes(' ') && !r.coref) resolved.set(key, { name: r.name, coref: true, entity: r.entity });
  }
  return sorted.map((d) => {
    const m: ClaimMention = {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      speaker: null,
      cue: d.cue ? { start: d.cue.start, end: d.cue.end, text: text.slice(d.cue.start, d.cue.end) } : null,
      rule: d.rule,
    };
    if (d.speaker) {
      const r = resolved.get(`${d.speaker.start}:${d.speaker.end}`);
      // the spans only: a rule's own fields on a draft span (a scan's tail end) are not the contract's
      m.speaker = { start: d.speaker.start, end: d.speaker.end, text: text.slice(d.speaker.start, d.speaker.end), name: r?.name ?? null };
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
