// Source (speaker) NPs: found by scanning words before or after a cue (resolution: coref.ts).
import type { Span } from '../../src/types.js';
import { determiners, openerWords, orgDescriptions, organisationHeads, peopleNouns, personPronouns, speakerStopWords, titleWords } from './lexicon.js';
import { isNameWord, RANK_ABBREVIATION, speakerWords as SW } from './entities.js';

export interface Word extends Span {
  w: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;

/** Words in [from, to) (bounded by the caller's window). */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = m[0];
    let end = m.index + w.length;
    // a final period belongs to the word only for abbreviations ("Sen.", "U.S.")
    if (w.endsWith('.') && !RANK_ABBREVIATION.test(w)) {
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
const isCap = (w: string) => isNameWord(w);
/** A word lower-cased without its possessive 's (the form the word lists hold). */
export const lower = (w: string) => w.toLowerCase().replace(/[’']s$/, '');

function allowedInNp(w: string, next?: string): boolean {
  const l = lower(w);
  if (SW.separateParticles.has(l) && next !== undefined && isCap(next)) return true; // "Staffan de Mistura"

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
function baseBefore(text: string, limitIn: number, end: number, stripped = false): Span | null {
  const limit = Math.max(limitIn, end - 400); // a source NP is short: bounded work in run-on text
  let e = end;
  while (e > limit && /[\s\u00A0]/.test(text[e - 1] ?? '')) e--;
  if (text[e - 1] === ')') {
    const open = text.lastIndexOf('(', e - 1);
    if (open > limit && e - open < 40) {
      const head = baseBefore(text, limit, open);
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
  while (i >= 0 && allowedInNp(ws[i]!.w, ws[i + 1]?.w) && ws.length - i <= 12) {
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

const SENTENCE_END = /[.;:!?]/;

/**
 * The source NP ending right before `end` (only blanks between), within [limit, end).
 * Apposition: "X, chief of the Y, said" takes "X, chief of the Y". Then, in this order (rule data in
 * speaker-lexicon.json): a stripped possessive is no subject ("Aljaafaris claims"); a channel or
 * statement inside an adjunct gives way to the sentence's subject ("ISIS in a statement published on
 * … Telegram said" → ISIS); an unnamed-source noun keeps its place or organization ("A source at Aleppo
 * Police Command"); a relative clause is kept with its head ("Rami Abdurrahman who heads the … Observatory");
 * coordinated sources are one NP ("The Observatory and the Local Coordination Committees").
 */
export function speakerBefore(text: string, limitIn: number, end: number, stripped = false): Span | null {
  let sp = baseBefore(text, limitIn, end, stripped);
  if (!sp) return null;
  const base0 = sp;
  const limit = Math.max(limitIn, end - 400);
  // "…wounded 25 others Ibrahim Abu Leys told": a plural people noun before a name is no title of it
  const lead = /^(\p{Ll}+s)[\s\u00A0]+(?=\p{Lu})/u.exec(text.slice(sp.start, sp.end));
  if (lead && (peopleNouns.has(lead[1]!) || SW.sourceNouns.has(lead[1]!)) && !titleWords.has(lead[1]!)) sp = { start: sp.start + lead[0].length, end: sp.end };
  const np = text.slice(sp.start, sp.end);
  // stripped apostrophes: "Aljaafaris claims" where "Aljaafari" is written elsewhere is a possessive
  if (stripped && /^\p{Lu}[\p{L}-]*[^s]s$/u.test(np)) {
    const stem = np.slice(0, -1);
    const from = Math.max(0, sp.start - 3000);
    if (writtenAsWord(text.slice(from, sp.start), stem)) return null;
  }
  // the words of the 200 characters before the NP, read again only when the NP has grown leftwards
  let window = { at: sp.start, ws: words(text, Math.max(limit, sp.start - 200), sp.start) };
  const wordsBeforeNp = (at: number) => (at === window.at ? window.ws : (window = { at, ws: words(text, Math.max(limit, at - 200), at) }).ws);
  const before = window.ws;
  const nb = before.length;
  const gap = (i: number) => i + 1 >= nb ? blank(text, before[i]!.end, sp!.start) : blank(text, before[i]!.end, before[i + 1]!.start);
  const noStop = (from: number) => !SENTENCE_END.test(text.slice(before[from]?.start ?? sp!.start, sp!.start).replace(/\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\./g, ''));
  // a channel or statement in an adjunct: the subject at the start of the sentence
  const head = lower(np.split(/[\s\u00A0]+/).at(-1) ?? '');
  if (SW.mediaWords.has(head)) {
    const st = trimStartBlank(text, limit, sp.start);
    const sub = baseAfter(text, st, sp.start);
    if (sub && sub.end < sp.start) {
      const mid = words(text, sub.end, sp.start);
      if (mid.length > 0 && mid.length <= 14 && SW.adjunctPrepositions.has(mid[0]!.w.toLowerCase()) && !SENTENCE_END.test(text.slice(sub.end, sp.start))) return sub;
    }
  }
  // "A source at Aleppo Police Command", "doctors at the scene": the unnamed source with its place
  {
    let i = nb - 1;
    if (i >= 1 && isCap(before[i]!.w) && SW.sourcePrepositions.has(before[i - 1]!.w.toLowerCase())) i--; // a place skipped before the NP
    else if (i >= 0 && !SW.sourcePrepositions.has(before[i]!.w.toLowerCase())) i = -1;
    if (i >= 1 && SW.sourcePrepositions.has(before[i]!.w.toLowerCase()) && (SW.sourceNouns.has(before[i - 1]!.w.toLowerCase()) || peopleNouns.has(before[i - 1]!.w.toLowerCase()) || titleWords.has(before[i - 1]!.w.toLowerCase())) && gap(i - 1) && gap(i) && noStop(i - 1)) {
      const noun = before[i - 1]!;
      const headNp = baseBefore(text, limit, noun.end, stripped);
      sp = { start: headNp && headNp.end === noun.end ? headNp.start : noun.start, end: sp.end };
    }
  }
  // "Rami Abdurrahman who heads the Britain-based Observatory said": the NP sits inside a relative clause
  {
    const b2 = wordsBeforeNp(sp.start);
    const n2 = b2.length;
    const prevW = n2 > 0 ? b2[n2 - 1]!.w : '';
    for (let r = n2 - 1; r >= 1 && r >= n2 - 14; r--) {
      if (!SW.relativePronouns.has(b2[r]!.w.toLowerCase())) continue;
      // the word before the NP is the relative verb ("who heads the …") or a preposition in the clause ("… in the province")
      const closesClause = r < n2 - 1 && (r === n2 - 2 || /^(?:in|on|at|for|of|from|with|to|by|across|inside|around|near|about)$/.test(prevW));
      if (!closesClause || SENTENCE_END.test(text.slice(b2[r]!.start, sp.start))) break;
      const h = baseBefore(text, limit, b2[r - 1]!.end, stripped);
      // a place after a preposition heads no source ("Voters in the town of Douma who fled …")
      const hPrev = words(text, Math.max(limit, (h?.start ?? 0) - 30), h?.start ?? 0).at(-1)?.w ?? '';
      const hIsPlace = !!h && PLACE_PREPOSITION.test(hPrev) || /^of$/i.test(hPrev);
      if (h && !hIsPlace && h.end === b2[r - 1]!.end && blank(text, b2[r - 1]!.end, b2[r]!.start)) {
        const ht = text.slice(h.start, h.end);
        if (/^\p{Lu}/u.test(ht) || /^(?:the|a|an)[\s\u00A0]/i.test(ht)) sp = { start: h.start, end: sp.end };
      }
      break;
    }
  }
  // "The Observatory and the Local Coordination Committees said": one source of two
  {
    const b3 = wordsBeforeNp(sp.start);
    const n3 = b3.length;
    if (n3 >= 2 && b3[n3 - 1]!.w === 'and' && blank(text, b3[n3 - 1]!.end, sp.start)) {
      const first = baseBefore(text, limit, b3[n3 - 2]!.end, stripped);
      if (first && first.end === b3[n3 - 2]!.end && blank(text, first.end, b3[n3 - 1]!.start)) {
        const fh = lower(text.slice(first.start, first.end).split(/[\s\u00A0]+/).at(-1) ?? '');
        const atStart = blank(text, trimStartBlank(text, limit, first.start), first.start) && (limit === 0 || /[.!?"”:]\s*$|^\s*$/.test(text.slice(Math.max(0, limit - 3), limit)) || SENTENCE_END.test(text[trimStartBlank(text, limit, first.start) - 1] ?? '.'));
        const second = text.slice(sp.start, sp.end);
        const secondOk = /^\p{Lu}/u.test(second) || /^(?:the|a|an)[\s\u00A0]/i.test(second) || SW.sourceNouns.has(lower(second.split(/[\s\u00A0]+/)[0] ?? ''));
        if (secondOk && (fh in orgDescriptions || organisationHeads.has(fh) || (atStart && /^\p{Lu}/u.test(text.slice(first.start, first.end)) && !(lower(text.slice(first.start, first.end)) in personPronouns)))) sp = { start: first.start, end: sp.end };
      }
    }
  }
  // stripped wire copy: "…to rebuild their country said the Coalition" — a determiner and one lower-case noun left
  // as found is a source only when the noun names people, an organization or a description ("the monitor")
  const detNoun = stripped && sp.start === base0.start ? /^(?:his|her|their|its|our|the|a|an)[\s\u00A0]+(\p{Ll}[\p{Ll}-]*)$/u.exec(text.slice(sp.start, sp.end)) : null;
  if (detNoun && !isSourceHead(lower(detNoun[1]!))) return null;
  // "…killed in shelling near Ghandoura said the Observatory": a bare name after a place preposition is the place
  const npNow = text.slice(sp.start, sp.end);
  const prevWord = words(text, Math.max(limit, sp.start - 30), sp.start).at(-1);
  if (prevWord && blank(text, prevWord.end, sp.start) && PLACE_PREPOSITION.test(prevWord.w) && /^\p{Lu}[\p{L}'’.-]*(?:[\s\u00A0]+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(npNow) && !titleWords.has(lower(npNow.split(/[\s\u00A0]+/)[0]!))) {
    // … when the source follows the cue
    const cueWord = /^[\s\u00A0]*[\p{L}’'-]+/u.exec(text.slice(end, end + 40));
    const inverted = cueWord ? baseAfter(text, end + cueWord[0].length, end + 400) : null;
    if (inverted && /^(?:\p{Lu}|the[\s\u00A0])/u.test(text.slice(inverted.start, inverted.end))) return null;
  }
  return sp;
}

const LETTER = /\p{L}/u;
const isLetterAt = (cp: number | undefined) => cp !== undefined && LETTER.test(String.fromCodePoint(cp));
/**
 * `stem` written in `win` as a whole word (no letter on either side), compared literally: "Al-Qaeda"
 * for a stripped "Al-Qaedas" (a regex built from the stem threw on the escaped hyphen under /u and
 * failed the whole document's claims).
 */
function writtenAsWord(win: string, stem: string): boolean {
  for (let i = win.indexOf(stem); i >= 0; i = win.indexOf(stem, i + 1)) {
    // the code point before (a surrogate pair is one), and the one after
    const lo = win.charCodeAt(i - 1);
    const before = i === 0 ? undefined : (lo & 0xfc00) === 0xdc00 && i >= 2 && (win.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? win.codePointAt(i - 2) : lo;
    if (isLetterAt(before) || isLetterAt(win.codePointAt(i + stem.length))) continue;
    return true;
  }
  return false;
}

/** The first non-blank position in [from, to). */
function trimStartBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s\u00A0"“]/.test(text[i] ?? '')) i++;
  return i;
}

/** A head noun that can name a source: people, titles, organizations, descriptions, channels. */
function isSourceHead(l: string): boolean {
  return peopleNouns.has(l) || titleWords.has(l) || organisationHeads.has(l) || l in orgDescriptions || SW.sourceNouns.has(l) || SW.mediaWords.has(l) || SW.sourceHeads.has(l);
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
    const head = baseBefore(text, Math.max(limit, text.lastIndexOf(',', prev - 1) + 1), prev);
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
  const sp = baseAfter(text, start, limitIn);
  if (!sp) return null;
  // "according to the Syrian National Coalition and the Syrian Observatory for Human Rights": one source of two
  const and = /^[\s\u00A0]+and[\s\u00A0]+(?=the[\s\u00A0]+\p{Lu}|\p{Lu})/u.exec(text.slice(sp.end, sp.end + 30));
  if (and && /^(?:the[\s\u00A0]+)?\p{Lu}/u.test(text.slice(sp.start, sp.end)) && !(text.slice(sp.start, sp.end).toLowerCase() in personPronouns)) {
    const second = baseAfter(text, sp.end + and[0].length, limitIn);
    if (second && /\p{Lu}/u.test(text.slice(second.start, second.end)) && !/,/.test(text.slice(second.start, second.end))) return { start: sp.start, end: second.end };
  }
  return sp;
}

const PRONOUN_VERB = /^[\s\u00A0]+(?:are|is|was|were|am|have|has|had|will|would|can|could|should|must|may|might|do|does|did|need|want|\p{Ll}+ed)\b/u;

const ROLE_WORD = /^[\p{Ll}0-9][\p{Ll}0-9-]{0,20}$/u;

/** Lower-case role words (1–3, `9/11` counts two) opening an inverted source, kept only before a capitalised name of two words. */
function rolePrefix(text: string, ws: Word[]): number {
  let k = 0;
  while (k < 3 && k < ws.length && ROLE_WORD.test(ws[k]!.w) && !allowedInNp(ws[k]!.w) && !speakerStopWords.has(lower(ws[k]!.w)) && !/(?:ly|ing|ed|s)$/.test(ws[k]!.w) && !(lower(ws[k]!.w) in personPronouns)) {
    // "9/11 widow": digits joined by a slash are one word
    if (k > 0 && !blank(text, ws[k - 1]!.end, ws[k]!.start) && !(text.slice(ws[k - 1]!.end, ws[k]!.start) === '/' && /^\d+$/.test(ws[k]!.w))) return 0;
    k++;
  }
  if (k === 0 || k + 1 >= ws.length) return 0;
  const a = ws[k]!, b = ws[k + 1]!;
  if (!blank(text, ws[k - 1]!.end, a.start) || !blank(text, a.end, b.start) || !isCap(a.w) || !isCap(b.w)) return 0;
  return k;
}

function baseAfter(text: string, start: number, limitIn: number): Span | null {
  const limit = Math.min(limitIn, start + 400);
  const ws = words(text, start, limit);
  if (ws.length === 0 || !blank(text, start, ws[0]!.start)) return null;
  const firstL = ws[0]!.w.toLowerCase();
  if (firstL in personPronouns && firstL !== 'it' && firstL !== 'i' && firstL !== 'who') {
    // "believe we are on the right track": a pronoun followed by its verb starts a clause, it is no source
    if (PRONOUN_VERB.test(text.slice(ws[0]!.end, ws[0]!.end + 30))) return null;
    return { start: ws[0]!.start, end: ws[0]!.end };
  }
  // claims.role-noun-name: "said 9/11 widow Terry Strada", "said campaign manager Robby Mook" — lower-case role words before a name
  let j = rolePrefix(text, ws);
  while (j < ws.length && allowedInNp(ws[j]!.w, ws[j + 1]?.w) && j < 12) {
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
