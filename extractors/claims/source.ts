// Source NPs for frames the word-shape scan in speaker.ts does not cover (speaker.ts belongs to
// speaker resolution; frames that need a different source finder put it here).
import type { Span } from '../../src/types.js';
import { NOT_LOOSE_LAST, NOT_LOOSE_OPENING, NOT_LOOSE_WORD } from './frames.js';
import { openerWords } from './lexicon.js';
import { blank, lower, words } from './speaker.js';


const LOOSE_BOUNDARY = /(?:[,;:()“”"—–]|[\s\u00A0](?:--|-)|\b(?:that|which|who|whom|whether|if|because|since|while|when|whereas|although|though|but|so|as|where|why|how|what)\b)(?=[^,;:()“”"—–]*$)/giu;

/**
 * The subject before a cue whose frame is strong ("… worry that", "… said the talks …") when the
 * NP scan finds none ("A Government Accountability Office report released last year found that"):
 * the words back to the last clause boundary, at most 14, starting with a letter or digit.
 */
export function looseSubject(text: string, limit: number, end: number): Span | null {
  const from = Math.max(limit, end - 160);
  const win = text.slice(from, end);
  let cut = 0;
  LOOSE_BOUNDARY.lastIndex = 0;
  // (the pattern never matches empty: every match moves lastIndex on; the last boundary wins)
  for (let m = LOOSE_BOUNDARY.exec(win); m && m[0].length > 0; m = LOOSE_BOUNDARY.exec(win)) cut = m.index + m[0].length;
  if (cut === 0 && from > limit) return null; // no boundary inside the window: too long for a subject
  const ws = words(text, from + cut, end);
  if (ws.length === 0 || ws.length > 14 || !blank(text, ws[ws.length - 1]!.end, end)) return null;
  // "… fair to say that", "Having said that", "crackdowns could add": no subject right before the cue
  if (NOT_LOOSE_LAST.has(ws[ws.length - 1]!.w.toLowerCase()) || /^having$/i.test(ws[0]!.w)) return null;
  // "We are convinced that", "We very much hope that": first-person stance, not a source
  if (/^(?:i|we)$/i.test(ws[0]!.w) || ws.some((w) => /^(?:is|are|am|was|were|be|been)$/i.test(w.w))) return null;
  // "…, do you really think that": a question; "Mothers let them know that": an imperative's object
  if (NOT_LOOSE_OPENING.has(ws[0]!.w.toLowerCase()) || ws.some((w) => NOT_LOOSE_WORD.has(w.w.toLowerCase()))) return null;
  let first = 0;
  while (first < ws.length - 1 && openerWords.has(lower(ws[first]!.w))) first++;
  return { start: ws[first]!.start, end: ws[ws.length - 1]!.end };
}

// an apposition or relative clause between a name and its cue: "59", "of Ashton", "Md.", "Democrat of
// California", "the chief executive of …", "who has served on the committee for a decade", "(R-Utah)"
const DESCRIPTIVE = /^(?:\p{Ll}|(?:The|A|An)[\s\u00A0]|\d{1,3}$|\p{Lu}[\p{L}-]*[\s\u00A0]+(?:of|from|for|at)[\s\u00A0]|\p{Lu}[\p{L}-]{0,4}\.$|\p{Lu}-\p{Lu}[\p{L}.]*\.?$|\()/u;
// a name: capitalised words (connectors and initials allowed), at most six
const NAME = /^(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col)\.[\s\u00A0]+)?\p{Lu}[\p{L}’'-]+(?:[\s\u00A0]+(?:\p{Lu}[\p{L}’'.-]*|of|the|de|al|bin|van|von|and|for)){0,5}$/u;
// a sentence opener before the name's segment: "In a statement, …", "On Monday, …", "But …"
const OPENER_SEGMENT = /^(?:In|On|At|Last|Earlier|Later|But|And|However|Meanwhile|Still|Yet|Also|Separately|Then|Now|Today|Yesterday|After|Before|During|For|Since|Speaking|Asked|In\s+a\s+statement)\b/;

const PLACE_SEGMENT = /^\p{Lu}[\p{Ll}]+\.?$/u;
/** A described source opening the sentence: a determiner or quantity, at most four words, a lower-case noun head ("One attendee", "The official", "Some voters"). */
const DESCRIBED = /^(?:The|A|An|One|Some|Many|Most|Several|Two|Three|Other|Another|Numerous|Few)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}(?<head>\p{Ll}{3,})$/u;
function describedHead(seg: string): boolean {
  const h = DESCRIBED.exec(seg)?.groups?.head;
  return !!h && !/(?:ly|ing|ed)$/.test(h) && !NOT_HEAD.has(h);
}
const NOT_HEAD = new Set(['who', 'which', 'that', 'and', 'but', 'the', 'was', 'were', 'are', 'has', 'had', 'have', 'not', 'its', 'his', 'her', 'their', 'this', 'time', 'day', 'week', 'year', 'month', 'way', 'thing', 'point', 'hand', 'end']);

/**
 * "Senator Dianne Feinstein, Democrat of California, said CLAUSE" / "Schiff, 56, who has served on
 * the committee for a decade, told …": the source is the name that opens the sentence (or follows an
 * opener such as "On Monday,") and every comma-separated segment between it and the cue describes it.
 * Used only when the word-shape scan before the cue (speaker.ts) finds no NP and a reported clause follows.
 * Bounded: at most six segments, 320 characters before the cue.
 */
export function appositiveSubject(text: string, limit: number, end: number): Span | null {
  const from = Math.max(limit, end - 320);
  const win = text.slice(from, end);
  if (!/,[\s\u00A0]*$/.test(win)) return null;
  // segments between commas, nearest the cue first
  const cuts: number[] = [];
  for (let i = win.length - 1; i >= 0 && cuts.length < 7; i--) if (win[i] === ',') cuts.push(i);
  const segStart = (k: number) => (k + 1 < cuts.length ? cuts[k + 1]! + 1 : 0);
  for (let k = 1; k < cuts.length; k++) {
    const seg = (j: number) => win.slice(segStart(j), cuts[j]).trim();
    // every segment between the candidate name and the cue is descriptive
    const app = seg(k - 1);
    // (a one-word capitalised segment is the state of a place before it: "during a meeting in Columbus, Ohio,")
    if (!app || !(DESCRIPTIVE.test(app) || (PLACE_SEGMENT.test(app) && /\p{Lu}\p{Ll}+$/u.test(seg(k)) && !NAME.test(seg(k)))) || /[;:!?“”"]/.test(app) || /\.[\s\u00A0]+\p{Lu}/u.test(app)) return null;
    const head = seg(k);
    if (!(NAME.test(head) || describedHead(head)) || OPENER_SEGMENT.test(head) || openerWords.has(lower(head.split(/[\s\u00A0]+/)[0]!))) continue;
    const headFrom = segStart(k);
    const before = win.slice(0, headFrom);
    // the name opens the sentence, or follows one opener segment that does
    const opensSentence = from === limit && /^[\s\u00A0“"]*$/.test(before);
    const opener = before.replace(/,[\s\u00A0]*$/, '');
    const afterOpener = from === limit && !opener.includes(',') && opener.length < 60 && OPENER_SEGMENT.test(opener.trim());
    if (!opensSentence && !afterOpener) continue;
    const start = from + headFrom + (win.slice(headFrom).length - win.slice(headFrom).trimStart().length);
    return { start, end: from + cuts[0]! };
  }
  return null;
}

// a finite verb or auxiliary inside a would-be subject: it is a clause, not a source ("Airstrikes killed ten")
const SUBJECT_VERB = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|that|which|who|said|says|told|[\p{Ll}]+ed)$/u;

/**
 * Stripped wire copy (no commas to bound a clause): the subject of a strong frame ("… said CLAUSE",
 * "… stated that CLAUSE") when the word-shape scan finds none — the sentence's words before the cue,
 * at most twelve, opening with a capital, with no verb among them ("A spokesman at the hospital in
 * Kafr Takharim in Idlib said", "Opposition websites also stated that", "Reports by rights groups indicated that").
 */
export function wireSubject(text: string, sentenceStart: number, end: number): Span | null {
  if (end - sentenceStart > 160) return null;
  const ws = words(text, sentenceStart, end);
  if (ws.length === 0 || ws.length > 12 || !blank(text, ws[ws.length - 1]!.end, end)) return null;
  if (!/^[\s\u00A0“"]*$/.test(text.slice(sentenceStart, ws[0]!.start))) return null;
  if (!/^\p{Lu}/u.test(ws[0]!.w) || openerWords.has(lower(ws[0]!.w)) || /^(?:I|We|It|They|There|This|That|These|Those|On|In|At|After|Before|During|When|While|As|But|And|So)$/.test(ws[0]!.w)) return null;
  if (ws.some((w) => SUBJECT_VERB.test(w.w))) return null;
  // "A spokesman at the hospital in Kafr Takharim in Idlib": a description's place is not its name
  const place = /^(?:A|An|The)$/.test(ws[0]!.w) ? ws.findIndex((w, i) => i > 1 && /^(?:in|near|inside|outside|across)$/.test(w.w)) : -1;
  let last = place > 0 ? place - 1 : ws.length - 1;
  // "Syrian opposition forces on Sunday", "UN investigators last week", "Opposition forces however": adjuncts, not the name
  while (last > 0 && /^(?:however|initially|meanwhile|earlier|later|previously|again|also|too|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)$/.test(ws[last]!.w)) {
    last--;
    if (last > 0 && /^(?:on|last|this|on)$/.test(ws[last]!.w)) last--;
  }
  return { start: ws[0]!.start, end: ws[last]!.end };
}
