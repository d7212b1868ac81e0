// Source (speaker) NPs: found by scanning words before or after a cue, then resolved to a canonical
// name: a written name ("Russian Deputy Defense Minister Anatoly Antonov" → "Anatoly Antonov"), an
// organisation ("the Russian foreign ministry" → "Russian Foreign Ministry"), or, for pronouns,
// surnames and descriptions ("he", "Antonov", "the minister", "the ministry"), the most recent
// compatible named speaker (coreference).
import type { Span } from '../../src/types.js';
import { determiners, openerWords, organisationHeads, peopleNouns, personPronouns, speakerStopWords, titleWords } from './lexicon.js';

interface Word extends Span {
  w: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;

function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = m[0];
    let end = m.index + w.length;
    // a final period belongs to the word only for abbreviations ("Sen.", "U.S.")
    if (w.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Jr|St)\.$/.test(w)) {
      w = w.replace(/\.+$/, '');
      end = m.index + w.length;
    }
    if (end > to) break;
    out.push({ start: m.index, end, w });
  }
  return out;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const lower = (w: string) => w.toLowerCase().replace(/[’']s$/, '');

function allowedInNp(w: string): boolean {
  const l = lower(w);
  if (speakerStopWords.has(l) && !isCap(w)) return false;
  if (isCap(w)) return true;
  return titleWords.has(l) || organisationHeads.has(l) || peopleNouns.has(l) || determiners.has(l) || l === 'of' || l === 'for';
}

function headOk(w: string): boolean {
  const l = lower(w);
  return (isCap(w) && !openerWords.has(l)) || titleWords.has(l) || organisationHeads.has(l) || peopleNouns.has(l);
}

/** Text between `from` and `to` contains only spaces (incl. no-break spaces). */
export function blank(text: string, from: number, to: number): boolean {
  return /^[\s\u00A0]*$/.test(text.slice(from, to));
}

/**
 * The source NP ending right before `end` (only blanks between), within [limit, end).
 * Apposition: "X, chief of the Y, said" takes "X, chief of the Y".
 */
export function speakerBefore(text: string, limitIn: number, end: number): Span | null {
  const limit = Math.max(limitIn, end - 400); // a source NP is short: bounded work in run-on text
  let e = end;
  while (e > limit && /[\s\u00A0]/.test(text[e - 1] ?? '')) e--;
  if (text[e - 1] === ')') {
    const open = text.lastIndexOf('(', e - 1);
    if (open > limit && e - open < 40) {
      const head = speakerBefore(text, limit, open);
      if (head) return { start: head.start, end: e };
    }
  }
  const ws = words(text, limit, e);
  if (ws.length === 0 || ws[ws.length - 1]!.end !== e) {
    // apposition: "..., chief of ..., said"
    if (text[e - 1] === ',') {
      const app = apposition(text, limit, e - 1);
      if (app) return app;
    }
    return null;
  }
  const last = ws[ws.length - 1]!;
  const pron = last.w.toLowerCase();
  if (last.w === 'Who' || /^let[’']s$/i.test(last.w)) return null; // a question, "Let's say"
  if (pron in personPronouns) return { start: last.start, end: last.end };
  if (/[’']s$/.test(last.w)) return null; // a possessive is not a subject: "the police's earlier claim"
  const loose = looseNp(text, ws);
  if (loose) return loose;
  let i = ws.length - 1;
  while (i >= 0 && allowedInNp(ws[i]!.w) && ws.length - i <= 12) {
    if (i < ws.length - 1 && !blank(text, ws[i]!.end, ws[i + 1]!.start)) break;
    i--;
  }
  let first = i + 1;
  while (first < ws.length && (openerWords.has(lower(ws[first]!.w)) || lower(ws[first]!.w) === 'of' || lower(ws[first]!.w) === 'for')) first++;
  if (first >= ws.length || !headOk(last.w)) return null;
  return { start: ws[first]!.start, end: last.end };
}

const LOOSE_STOP = new Set(['has', 'have', 'had', 'never', 'not', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'be', 'being', 'it', 'them', 'him', 'us', 'me', 'what', 'how', 'why', 'where', 'whether', 'there']);

/** "the bank", "the ad’s narrator", "top black lawmakers": a determiner and up to 4 free words. */
function looseNp(text: string, ws: Word[]): Span | null {
  const last = ws[ws.length - 1]!;
  if (isCap(last.w) || /ly$/.test(last.w) || speakerStopWords.has(lower(last.w)) || lower(last.w) in personPronouns || LOOSE_STOP.has(lower(last.w))) return null;
  for (let i = ws.length - 2; i >= 0 && i >= ws.length - 5; i--) {
    const w = ws[i]!;
    if (!blank(text, w.end, ws[i + 1]!.start)) return null;
    const l = w.w.toLowerCase();
    if (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'several', 'most', 'other', 'top', 'all', 'both'].includes(l) || /^\d/.test(l)) {
      // extend over capitalised words / possessives before the determiner ("Clinton’s top aides")
      return { start: w.start, end: last.end };
    }
    if (/[’']s$/.test(w.w)) {
      let j = i;
      while (j > 0 && isCap(ws[j - 1]!.w) && !openerWords.has(lower(ws[j - 1]!.w)) && blank(text, ws[j - 1]!.end, ws[j]!.start)) j--;
      if (!isCap(ws[j]!.w)) return null;
      return { start: ws[j]!.start, end: last.end };
    }
    if (speakerStopWords.has(l) || l in personPronouns || LOOSE_STOP.has(l)) return null;
  }
  return null;
}

function apposition(text: string, limit: number, comma: number): Span | null {
  // walk back over up to three comma-separated appositions to a capitalised name:
  // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said"
  let right = comma;
  for (let k = 0; k < 3; k++) {
    const prev = text.lastIndexOf(',', right - 1);
    if (prev < limit || right - prev > 140) return null;
    const app = text.slice(prev + 1, right).trim();
    if (!/^(?:\p{Ll}|(?:The|A|An)\s)/u.test(app) || /[.;:!?“”"]/.test(app.replace(/\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Inc|Co|St)\./g, ''))) return null;
    const head = speakerBefore(text, Math.max(limit, text.lastIndexOf(',', prev - 1) + 1), prev);
    if (head) {
      const h = text.slice(head.start, head.end);
      if (isCap(h) && !/^(?:The|A|An)\s/.test(h)) return { start: head.start, end: comma };
    }
    right = prev;
  }
  return null;
}

/** The source NP starting right after `start` ("said Sen. John Smith", "said the ministry"). */
export function speakerAfter(text: string, start: number, limitIn: number): Span | null {
  const limit = Math.min(limitIn, start + 400);
  const ws = words(text, start, limit);
  if (ws.length === 0 || !blank(text, start, ws[0]!.start)) return null;
  const firstL = ws[0]!.w.toLowerCase();
  if (firstL in personPronouns && firstL !== 'it' && firstL !== 'i' && firstL !== 'who') return { start: ws[0]!.start, end: ws[0]!.end };
  let j = 0;
  while (j < ws.length && allowedInNp(ws[j]!.w) && j < 12) {
    if (j > 0 && !blank(text, ws[j - 1]!.end, ws[j]!.start)) break;
    j++;
  }
  // the NP ends at its last acceptable head word
  while (j > 0 && !headOk(ws[j - 1]!.w)) j--;
  if (j === 0) return null;
  let end = ws[j - 1]!.end;
  // apposition to the end of the clause: "said Tom Baker, a spokesman for the campaign."
  const app = /^,[\s\u00A0]+(?:a|an|the|his|her|their|who|whose)[\s\u00A0][^,.;:!?“”"]{2,100}?(?=[\s\u00A0]*(?:[.;!?]|$))/u.exec(text.slice(end, limit + 1));
  if (app && isCap(text.slice(ws[0]!.start, end))) end += app[0].length;
  return { start: ws[0]!.start, end };
}

// ---------------------------------------------------------------- resolution

export type EntityKind = 'person' | 'org' | 'group';

export interface Entity {
  name: string;
  kind: EntityKind;
  /** Lower-cased description words seen with this entity ("deputy", "defense", "minister"). */
  words: Set<string>;
}

export interface Resolution {
  name: string | null;
  /** Set when the name came from an earlier mention. */
  coreference: boolean;
  entity?: Entity;
}

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** Resolves a source NP against the entities seen so far (most recent last); may add an entity. */
export function resolveSpeaker(np: string, entities: Entity[], turnSpeaker?: string | null, canonical?: string): Resolution {
  const r = resolve(np, entities, turnSpeaker, canonical);
  // recency: the entity just mentioned becomes the most recent one
  if (r.entity) {
    const i = entities.indexOf(r.entity);
    if (i >= 0 && i < entities.length - 1) {
      entities.splice(i, 1);
      entities.push(r.entity);
    }
  }
  return r;
}

function resolve(np: string, entities: Entity[], turnSpeaker?: string | null, canonical?: string): Resolution {
  const flat = np.replace(/\u00A0/g, ' ').replace(/\s*\([^)]*\)/g, '').trim();
  const main = flat.split(',')[0]!.trim();
  const toks = main.split(/\s+/);
  const l = main.toLowerCase();
  if (l in personPronouns) {
    const g = personPronouns[l];
    if (g === 'self') return turnSpeaker ? { name: turnSpeaker, coreference: true } : { name: null, coreference: false };
    const want: EntityKind[] = g === 'm' || g === 'f' || g === 'rel' ? ['person'] : l === 'it' ? ['org'] : ['org', 'group', 'person'];
    const e = [...entities].reverse().find((x) => want.includes(x.kind));
    return e ? { name: e.name, coreference: true, entity: e } : { name: null, coreference: false };
  }
  const content = toks.filter((t) => !determiners.has(t.toLowerCase()) || isCap(t));
  const dropDet = toks[0] && ['the', 'a', 'an'].includes(toks[0].toLowerCase()) ? toks.slice(1) : toks;
  const head = lower(toks[toks.length - 1] ?? '');
  const hasCap = content.some((t) => isCap(t) && !['The', 'A', 'An'].includes(t));
  if (organisationHeads.has(head) || (hasCap && content.length > 0 && organisationHeads.has(lower(content[content.length - 1]!)))) {
    const descWords = dropDet.map((t) => lower(t));
    if (!dropDet.some((t) => isCap(t) && !titleWords.has(lower(t)) && !organisationHeads.has(lower(t))) && dropDet.length <= 2) {
      // a description ("the ministry", "the campaign"): the latest organisation with that head
      const e = [...entities].reverse().find((x) => x.kind === 'org' && x.words.has(head));
      if (e) return { name: e.name, coreference: true, entity: e };
    }
    if (toks[0] && /^(?:a|an)$/i.test(toks[0])) return { name: null, coreference: false };
    if (!hasCap) return { name: null, coreference: false }; // "the campaign" with no named antecedent
    const name = canonical ?? titleCase(dropDet.join(' ').replace(/[’']s$/, ''));
    const e: Entity = { name, kind: 'org', words: new Set(descWords) };
    entities.push(e);
    return { name, coreference: false, entity: e };
  }
  // person: the capitalised words after the last title word
  let k = toks.length;
  while (k > 0 && isCap(toks[k - 1]!) && !titleWords.has(lower(toks[k - 1]!))) k--;
  const nameToks = toks.slice(k).map((t) => t.replace(/[’']s$/, ''));
  const desc = toks.slice(0, k).map((t) => lower(t)).filter((t) => titleWords.has(t) || peopleNouns.has(t));
  if (nameToks.length === 0) {
    // a description: "the minister", "the deputy defense minister", "the spokesman"
    if (toks[0] && /^(?:the|this)$/i.test(toks[0]) && desc.length > 0 && toks.length <= 5) {
      const e = [...entities].reverse().find((x) => desc.every((d) => x.words.has(d)));
      if (e) return { name: e.name, coreference: true, entity: e };
    }
    return { name: null, coreference: false };
  }
  if (nameToks.length === 1) {
    const e = [...entities].reverse().find((x) => x.kind === 'person' && x.name.split(' ').includes(nameToks[0]!));
    if (e) {
      for (const d of desc) e.words.add(d);
      return { name: e.name, coreference: e.name !== nameToks[0], entity: e };
    }
  }
  const name = nameToks.join(' ');
  const e: Entity = { name, kind: 'person', words: new Set(desc) };
  entities.push(e);
  return { name, coreference: false, entity: e };
}
