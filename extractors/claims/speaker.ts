// Source (speaker) NPs: found by scanning words before or after a cue (resolution: coref.ts).
import type { Span } from '../../src/types.js';
import { determiners, openerWords, orgDescriptions, organisationHeads, peopleNouns, personPronouns, speakerStopWords, titleWords } from './lexicon.js';

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

const ARTICLE = /^(?:the|a|an)$/i;
const PLACE_PREPOSITION = /^(?:in|near|at|from|outside|around|into|across|towards?|inside|on|between)$/i;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const lower = (w: string) => w.toLowerCase().replace(/[’']s$/, '');

function allowedInNp(w: string): boolean {
  const l = lower(w);
  if (speakerStopWords.has(l) && !isCap(w)) return false;
  if (isCap(w)) return true;
  return titleWords.has(l) || organisationHeads.has(l) || peopleNouns.has(l) || determiners.has(l) || l in orgDescriptions || /-based$/.test(l) || l === 'of' || l === 'for';
}

function headOk(w: string): boolean {
  const l = lower(w);
  // a bare article is no NP ("The claims came as …")
  if (ARTICLE.test(w)) return false;
  return (isCap(w) && !openerWords.has(l)) || titleWords.has(l) || organisationHeads.has(l) || peopleNouns.has(l) || l in orgDescriptions;
}

/** Text between `from` and `to` contains only spaces (incl. no-break spaces). */
export function blank(text: string, from: number, to: number): boolean {
  return /^[\s\u00A0]*$/.test(text.slice(from, to));
}

/**
 * The source NP ending right before `end` (only blanks between), within [limit, end).
 * Apposition: "X, chief of the Y, said" takes "X, chief of the Y".
 */
export function speakerBefore(text: string, limitIn: number, end: number, stripped = false): Span | null {
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
    // an article opens the NP unless it follows "of"/"for" inside it ("head of the Observatory"):
    // "…near Kobane the Observatory said" is not "Kobane the Observatory"
    if (ARTICLE.test(ws[i]!.w) && !(i > 0 && /^(?:of|for)$/i.test(ws[i - 1]!.w))) {
      i--;
      break;
    }
    i--;
  }
  let first = i + 1;
  while (first < ws.length && (openerWords.has(lower(ws[first]!.w)) || lower(ws[first]!.w) === 'of' || lower(ws[first]!.w) === 'for')) first++;
  // after a place preposition the first capitalised word is the place: "…in Douma Rami Abdel Rahman said"
  const prev = first > 0 ? ws[first - 1] : undefined;
  const skipped = first > i + 1 ? ws[first - 1] : prev && blank(text, prev.end, ws[first]?.start ?? prev.end) ? prev : undefined;
  // (in edited text "supporters in Congress say" keeps its place: only a name after the place is the source)
  if (skipped && (PLACE_PREPOSITION.test(skipped.w) || (stripped && /^of$/i.test(skipped.w))) && (stripped || first + 1 < ws.length) && first < ws.length && isCap(ws[first]!.w) && !ARTICLE.test(ws[first]!.w) && !titleWords.has(lower(ws[first]!.w))) first++;
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
    // the description first: "A lawyer for the news outlets, David Schulz, said"
    if (k === 0 && /^\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(app)) {
      const desc = /(?:^|[.;:!?]["”]?[\s\u00A0]+|^[\s\u00A0"“]+)((?:A|An|The)[\s\u00A0][^,.;:!?“”"]{2,80})$/u.exec(text.slice(Math.max(limit, prev - 90), prev));
      if (desc) return { start: prev - desc[1]!.length, end: comma };
    }
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

export { resolveSpeaker, type Entity, type EntityKind, type Resolution } from './coref.js';
