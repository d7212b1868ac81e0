// Indirect and mixed claims of one sentence: cue verbs with their clause ("X said (that) …",
// "…, X said", "…, said X", "A, X said, B", "As X said, …", ", adding that …") and noun cues
// ("according to X"); first-person stance is not a claim; coordinated attributions are split.
import type { Span } from '../../src/types.js';
import { ADVERB_AUX_BEFORE, cueOf, phrasalSeen, nounCueRe, objectCueRe, verbCueRe, type CueForm } from './cues.js';
import { ADVERBIAL, CLOSE, EVIDENCE_SUBJECT, EVIDENCE_VERBS, NOUN_BEFORE, OBJECT_VERBS, PREP_BEFORE_PARTICIPLE, PRONOUN_SUBJECT, SAY_VERBS } from './frames.js';
import { finiteMarkers } from './lexicon.js';
import { blank, speakerAfter, speakerBefore } from './speaker.js';
import { nominalClaims } from './nominal.js';
import { RAISING, raisingClaim } from './raising.js';
import { appositiveSubject, looseSubject, wireSubject } from './source.js';
import { hearerEndsClause, PARTICIPIAL, wireAccordingTo, wireClauseSaid, wireClauseSaidInverted, wireSourceAfter } from './wire.js';
import { advanceAdjunct, contentAfter, findSpan, hasQuote, hasWords, matchesIn, trimEnd, trimStart, type ClaimOptions, type Draft } from './text.js';

const PP_THEN_SUBJECT = /^[\s\u00A0]+(?:after|before|during|following|at|in|on|since)[\s\u00A0]+(?:the|a|an|his|her|their|its|this|that|last)[\s\u00A0]+[\p{L}-]+(?:[\s\u00A0]+[\p{L}-]+)?,?(?=[\s\u00A0]+(?:he|she|they|it|we|I|there)\b)/u;
const THAT_AFTER_ADJUNCTS = /^(?:[\s\u00A0]+(?:in|on|at|during|to|with|for|this|last|earlier|late|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[\s\u00A0]+(?!that\b)[\p{L}\p{N}’'.-]+){0,5}?)(?:,)?[\s\u00A0]+that(?=[\s\u00A0]+(?:the|a|an|he|she|it|they|we|I|there|this|his|her|its|their|\p{Lu}))/u;
const NOMINATIVE = /^[\s\u00A0]+(?:he|she|they|we|I)[\s\u00A0]+\p{Ll}/u;
/** A noun-phrase object opens after the cue (a word, a quotation, a number; not a clause mark). */
// (a particle first is a phrasal verb, not an object: "called into a radio program", "calling out")
const OBJECT_START = /^[\s\u00A0]+(?!(?:into|in|out|up|off|back|down|away)\b)(?:[“"‘]|\p{L}|\d|\$)/u;
/**
 * A preposition after the cue: a participle modifier or an adjunct ("a view echoed by everyone", "people
 * accused of rape", "blamed on the policies"), not a noun-phrase object, unless training shows the verb
 * with that preposition as a phrasal cue ("called on X to", "calling for his dismissal": phrasalSeen).
 */
const PREP_START = /^[\s\u00A0]+(by|on|of|with|during|at|from|for|about|against|over|under|through|after|before|since|without)\b/i;
/** The object NP's clause ends at a semicolon, a dash or a comma before a new clause. */
const OBJECT_END = /[\s\u00A0]*(?:;|[\s\u00A0]—|[\s\u00A0]--|,[\s\u00A0]+(?:in[\s\u00A0]+(?:large[\s\u00A0]+)?part[\s\u00A0]+)?(?:which|while|but|although|though|because|as|when|after|before|whereas|and[\s\u00A0]+(?:he|she|they|it|the)\b)|[\s\u00A0]+(?:because|although|though|whereas)\b)/u;
const SINGULAR_DET_BEFORE = /\b(?:a|an|another|every|each|no)(?:[\s\u00A0]+\p{Ll}[\p{Ll}-]*){0,2}[\s\u00A0]+$/iu;
const QUESTION = /^[\s\u00A0“"]*(?:(?:But|And|So)[\s\u00A0]+)?(?:do|does|did|would|could|can|will|should|is|are|was|were)[\s\u00A0]/i;
/**
 * A bare clause after a verb that mostly takes objects ("acknowledged funding was a major reason",
 * "noted clients are beginning to …"): a short subject, then an auxiliary or copula, within four words.
 * A personal pronoun in the would-be subject opens a relative clause on a noun phrase ("discussed the
 * goals we have in …"): no clause (a pronoun subject right after the cue is NOMINATIVE's case).
 */
const SUBJECT_AUX = /^[\s\u00A0]+(?:(?!(?:that|which|who|whom|whose|what|to|of|in|on|at|for|with|by|from|about|and|or|but|as|if|it|he|she|we|they|you|I)\b)[\p{L}’'-]+[\s\u00A0]+){1,4}(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)\b/iu;
/** A numeral, a quantifier or a preposition right before a plural noun ("the 35 states", "many states", "of states"). */
const PLURAL_BEFORE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|both|few|other|some|all|swing|battleground|key|of|in|for|from|with|across|among|than|about)[\s\u00A0]+$/i;
/** A base form right after "of"/"for"/"with"… is a noun: "the secretary of state", "a call for report". */
const PREPOSITION_BEFORE = /\b(?:of|for|with|from|than|about|without|into)[\s\u00A0]+$/i;

/** The rule of a claim whose source precedes its cue, by the complement found (object, infinitive, that-clause, bare clause). */
const clauseRule = (c: { that: boolean; to?: boolean; object?: boolean; quote?: boolean }) =>
  c.object ? 'claims.verb-object' : c.to ? 'claims.vowed-to' : c.that ? 'claims.said-that' : c.quote ? 'claims.said-quote' : 'claims.said-clause';

export function indirect(text: string, s: Span, direct: readonly Span[], directInner: ReadonlySet<string>, usedCues: Set<number>, drafts: Draft[], titleLike: boolean, stripped = false, opts: ClaimOptions = {}): void {
  const inDirect = (x: number) => findSpan(direct, x) !== undefined;
  // the latest claim whose cue is in this sentence (e.g. a quotation's "said" before ", adding that")
  // drafts are appended in text order: the sentence's ones are among the last 64 (no copy of them)
  let last: Draft | null = null;
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - 64); i--) {
    const d = drafts[i]!;
    if (d.cue && d.cue.start >= s.start && d.cue.start < s.end) {
      last = d;
      break;
    }
  }
  const question = QUESTION.test(text.slice(s.start, Math.min(s.end, s.start + 40))) && /\?[\s\u00A0”"’']*$/.test(text.slice(Math.max(s.start, s.end - 10), s.end));
  for (const v of matchesIn(opts.objectContent ? objectCueRe : verbCueRe, text, s.start, s.end)) {
    const cue = { start: v.index, end: v.index + v[0].length };
    if (cue.end > s.end) break;
    if (usedCues.has(cue.start)) continue;
    let form = cueOf(v.groups?.verb ?? '');
    if (!form) continue;
    // a manner adverb before the cue, with any auxiliaries before it: "has sharply criticized"
    let aux = v.groups?.aux ?? '';
    if (!aux && /ly[\s\u00A0]+$/.test(text.slice(Math.max(s.start, cue.start - 4), cue.start))) {
      const at = Math.max(s.start, cue.start - 60);
      const adv = ADVERB_AUX_BEFORE.exec(text.slice(at, cue.start));
      if (adv && /ly\b/.test(adv[0])) {
        // (an article before the adverb: "the widely reported claims" is a noun phrase)
        if (NOUN_BEFORE.test(text.slice(Math.max(s.start, cue.start - adv[0].length - 8), cue.start - adv[0].length))) continue;
        cue.start -= adv[0].length;
        aux = adv[0];
        if (usedCues.has(cue.start)) continue;
      }
    }
    // a capitalised cue word outside headlines is a name or a noun ("the United States")
    if (!titleLike && /^\p{Lu}/u.test(v.groups?.verb ?? '') && !blank(text, s.start, v.index)) continue;
    // after an article or possessive the cue word is a noun: "The claims came as …", "his report"
    if (!aux && NOUN_BEFORE.test(text.slice(Math.max(s.start, cue.start - 8), cue.start))) continue;
    // "the secretary of state told …": a bare base form after a preposition is a noun
    if (!aux && form.form === form.verb.base && PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, cue.start - 10), cue.start))) continue;
    // "the 35 states that", "a number of states that", "swing states that": a plural -s form after a numeral, a quantifier or a preposition is a noun
    if (!aux && /[^s]s$/i.test(form.form) && form.form !== form.verb.base && PLURAL_BEFORE.test(text.slice(Math.max(s.start, cue.start - 16), cue.start))) continue;
    // "an hourlong show", "a strong signal", "no doubt": a bare base form after a singular determiner is a noun
    if (!aux && form.form === form.verb.base && SINGULAR_DET_BEFORE.test(text.slice(Math.max(s.start, cue.start - 40), cue.start))) continue;
    // a question ("Do you really think that …?") asks, it does not attribute
    if (question) continue;
    // a be-form: progressive before an -ing form ("is hoping that"), else passive ("was told", "is expected"): no claim
    const be = /\b(?:is|are|was|were|been|am)\b/i.test(aux);
    // PolNeAR's convention: raising frames ("X seems to …", "X is expected to …") are claims with no source
    const raising = opts.objectContent && (RAISING.has(form.form.toLowerCase()) || (be && form.form.toLowerCase() === 'expected')) ? raisingClaim(text, s, cue) : null;
    if (raising) {
      if (!usedCues.has(cue.start) && !inDirect(cue.start)) drafts.push(raising);
      usedCues.add(cue.start);
      continue;
    }
    if (be && !form.participle) continue;
    if (be) form = { ...form, participle: false };
    // "polls show Clinton ahead", "the survey found most voters …": an evidence subject takes an object or a bare clause (not a Title Case headline verb: claims.headline-verb)
    if (opts.objectContent && EVIDENCE_VERBS.has(form.verb.base) && !form.participle && /^\p{Ll}/u.test(v.groups?.verb ?? '') && EVIDENCE_SUBJECT.test(text.slice(Math.max(s.start, cue.start - 40), cue.start + aux.length))) form = { ...form, object: true, bareClause: true };
    const nested = inDirect(cue.start);
    const d = verbClaim(text, s, cue, form, last, nested, stripped, opts.objectContent === true);
    if (d && isStance(text, d, form.form)) continue;
    // a nested claim ends with the quotation it stands in ("I have decided that X," Cruz wrote): not past its closing mark
    const quote = nested && d ? findSpan(direct, cue.start) : undefined;
    if (d && quote && d.end > quote.end - 1) d.end = trimEnd(text, d.start, quote.end - 1);
    if (d && d.end - d.start < 3) continue;
    if (d && !(nested && d.rule !== 'claims.said-that')) {
      if (directInner.has(`${d.start}:${d.end}`)) continue;
      drafts.push(d);
      usedCues.add(cue.start);
      last = d;
    }
  }
  const mine = drafts.slice(-64).filter((d) => d.kind !== 'direct' && d.kind !== 'author' && d.cue && d.cue.start >= s.start && d.cue.start < s.end);
  splitCoordinated(text, mine);
  for (const d of mine) if (d.kind === 'indirect' && hasQuote(text, d.start, d.end)) d.kind = 'mixed';
  // PolNeAR's convention: nominal cues with a possessive source ("his claim that …", "Trump's attacks on …")
  if (opts.objectContent) nominalClaims(text, s, inDirect, drafts);
  for (const m of matchesIn(nounCueRe, text, s.start, s.end)) {
    const cue = { start: m.index, end: m.index + m[0].length };
    if (cue.end > s.end) break;
    const d = nounClaim(text, s, cue, stripped);
    if (d) {
      if (hasQuote(text, d.start, d.end)) d.kind = 'mixed';
      drafts.push(d);
    }
  }
}

/**
 * First-person present-tense stance of the speaker himself ("I believe", "we hope", "we are
 * convinced"): part of the speaker's own claim, not a separate attribution. "I explained that" stays.
 */
function isStance(text: string, d: Draft, form: string): boolean {
  if (!d.speaker) return false;
  const sp = text.slice(d.speaker.start, d.speaker.end).toLowerCase();
  if (sp !== 'i' && sp !== 'we') return false;
  const cue = d.cue ? text.slice(d.cue.start, d.cue.end).toLowerCase() : '';
  return cueOfBase(form) && /^(?:(?:also|still|do|really|certainly|strongly|firmly|sincerely|will|would)\s+)*\w+$/.test(cue);
}

const cueOfBase = (form: string) => cueOf(form)?.verb.base === form.toLowerCase();

/**
 * "X said A, and he noted that B": a later attribution in the same sentence ends the content of the
 * earlier one (before its source, or its cue when the source is shared), dropping the conjunction.
 */
function splitCoordinated(text: string, inSentence: Draft[]): void {
  const ordered = [...inSentence].sort((a, b) => a.cue!.start - b.cue!.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i]!;
    const b = ordered[i + 1]!;
    const cut = Math.min(b.speaker && b.speaker.start > a.start ? b.speaker.start : b.cue!.start, b.cue!.start);
    // nested, not coordinated: the later claim's source opens the earlier content ("Clinton says she hopes to …")
    if (b.speaker && b.speaker.start >= a.start && /^[\s\u00A0“"]*$/.test(text.slice(a.start, b.speaker.start))) continue;
    if (a.start < cut && a.end > cut && b.start >= cut) {
      let end = cut;
      const before = text.slice(a.start, end).replace(/[\s\u00A0,;:—–-]*(?:\b(?:and|but|while|although|though|yet|as|adding|also)\b[\s\u00A0,]*)*$/, '');
      end = trimEnd(text, a.start, a.start + before.length);
      if (end - a.start >= 3) a.end = end;
    }
  }
}


function verbClaim(text: string, s: Span, cue: Span, form: CueForm, last: Draft | null, nested: boolean, stripped: boolean, objects: boolean): Draft | null {
  const base = form.verb.base;
  const clause = form.verb.clause === true;
  const participle = form.participle;
  const rest = () => {
    let at = advanceAdjunct(text, cue.end);
    if (OBJECT_VERBS.has(base)) {
      const obj = /^[\s\u00A0]+(?:(?!that\b)[\p{L}’'.“”"-]+[\s\u00A0]+){1,4}?(?=that\b)/u.exec(text.slice(at, Math.min(s.end, at + 400)))
        // (a name first: "the Security Council" is one hearer; "state television", "the official news agency")
        ?? /^[\s\u00A0]+(?:him|her|them|us|me|reporters|journalists|supporters|(?:[Tt]he\s+)?[A-Z][\p{L}.’']+(?:\s+[A-Z][\p{L}.’']+){0,3}(?:\s+(?:television|TV|radio|newspaper|news\s+agency|agency|channel|network|daily))?|(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:television|TV|radio|newspaper|news\s+agency|channel|network|reporters|journalists|conference|crowd|audience)|the\s+\w+)(?=[\s\u00A0,])/u.exec(text.slice(at, Math.min(s.end, at + 400)));
      if (obj) at = advanceAdjunct(text, at + obj[0].length);
    }
    return at;
  };
  const clauseAfter = (): { span: Span; that: boolean; to?: boolean; object?: boolean; quote?: boolean } | null => {
    const at = rest();
    const after = text.slice(at, Math.min(s.end, at + 400));
    // "announced in a statement this month that …": prepositional and time adjuncts before "that"
    const that = /^[\s\u00A0]*,?[\s\u00A0]*that\b/.exec(after) ?? THAT_AFTER_ADJUNCTS.exec(after);
    if (that) {
      const c = contentAfter(text, at + that[0].length, s);
      return c ? { span: c, that: true } : null;
    }
    // an intention or stance with an infinitival complement: "vowed to fight on"
    if (form.infinitive && /^[\s\u00A0]+to[\s\u00A0]+\p{Ll}/u.test(after)) {
      const c = contentAfter(text, at, s);
      // ("declined to comment": a two-word content counts under PolNeAR's convention)
      return c && hasWords(text, c, objects ? 2 : 3) ? { span: c, that: false, to: true } : null;
    }
    // a nominative pronoun right after the cue opens a clause whatever the verb ("Lynch notes they were …")
    const prep = objects && form.object ? PREP_START.exec(after) : null;
    if (objects && form.object && OBJECT_START.test(after) && !(prep && !phrasalSeen.has(`${text.slice(cue.end - form.form.length, cue.end).toLowerCase()} ${prep[1]!.toLowerCase()}`))) {
      const c = contentAfter(text, at, s);
      if (!c) return null;
      const cut = OBJECT_END.exec(text.slice(c.start, Math.min(c.end, c.start + 400)));
      const span = cut ? { start: c.start, end: trimEnd(text, c.start, c.start + cut.index) } : c;
      // (a one-word object only when it is a name: "Cruz has endorsed Trump")
      return hasWords(text, span, 2) || /^\p{Lu}[\p{Ll}’'-]+$/u.test(text.slice(span.start, span.end)) ? { span, that: false, object: true } : null;
    }
    if (!clause && !NOMINATIVE.test(after) && !(form.bareClause && SUBJECT_AUX.test(after))) return null;
    // a quotation after a colon or comma: the quote rules decide; right after a say-verb it is the reported
    // clause itself ("Obama said “it gets me mad” every time …", "Trump says “the whole game …”": claims.said-quote)
    const quoted = /^[\s\u00A0]*([,:]?)[\s\u00A0]*[“"]/.exec(after);
    if (quoted && (quoted[1] || !SAY_VERBS.has(base))) return null;
    if (quoted) {
      const c = contentAfter(text, at, s);
      return c ? { span: c, that: false, quote: true } : null;
    }
    if (stripped && PARTICIPIAL.test(after)) return null; // "said updating an earlier toll": an adjunct
    // "Trump said after the convention he would not …": a short adjunct, then the clause's subject
    const pp = SAY_VERBS.has(base) ? PP_THEN_SUBJECT.exec(after) : null;
    if (pp) {
      const c = contentAfter(text, at + pp[0].length, s);
      return c && hasWords(text, c, 3) ? { span: c, that: false } : null;
    }
    if (/^[\s\u00A0]+(?!at\s+(?:least|most)\b)(?:and|or|but|to|for|of|about|in|on|at|with|by|from|so|as|after|before|during|following|while|when|amid|upon|nothing|something|anything|yes|no(?=[\s\u00A0]*(?:[.,;:!?]|to\b|$)))\b/i.test(after)) return null;
    if (/^[\s\u00A0]*[.,;:!?]/.test(after) || after.trim() === '') return null;
    if (/^[\s\u00A0]+(?:what|how|where|when|whether|why|who)[\s\u00A0]+to\b/i.test(after)) return null;
    // "what the senators said was …": the complement starts with a verb, the cue is in a relative clause
    if (/^[\s\u00A0]+(?:was|is|were|are|has|had|have|will|would|could|should|can|may|might|must)\b/i.test(after)) return null;
    const probe = after.split(/\s+/).slice(0, 12).join(' ');
    if (!SAY_VERBS.has(base) && !PRONOUN_SUBJECT.test(after) && !finiteMarkers.test(probe)) return null;
    const c = contentAfter(text, at, s);
    return c && hasWords(text, c, 3) ? { span: c, that: false } : null;
  };

  // "A, advisers to Mr. Obama say, B" / "A, advisers to Mr. Obama say.": a loose subject between commas
  const looseMid = (): Draft | null => {
    if (!stripped && !nested && (SAY_VERBS.has(base) || clause)) {
      const subject = looseSubject(text, s.start, cue.start);
      const commaAt = subject ? text.lastIndexOf(',', subject.start) : -1;
      if (subject && commaAt >= s.start && /^,[\s\u00A0]*$/.test(text.slice(commaAt, subject.start)) && !CLOSE.test(text[commaAt - 1] ?? '')) {
        const afterAt = advanceAdjunct(text, cue.end);
        const after = text.slice(afterAt, Math.min(s.end, afterAt + 400));
        const start = trimStart(text, s.start, commaAt);
        if (/^[\s\u00A0]*(?:[.!?]["”]?)?[\s\u00A0]*$/.test(after)) {
          const end = trimEnd(text, start, commaAt);
          if (hasWords(text, { start, end }, 3)) return { start, end, kind: 'indirect', speaker: subject, cue, rule: 'claims.clause-said' };
        } else if (/^[\s\u00A0]*,/.test(after) && !/^[\s\u00A0]*,[\s\u00A0]*(?:adding|saying|noting|arguing|citing|and|but|who|which)\b/.test(after)) {
          const end = trimEnd(text, start, s.end);
          if (hasWords(text, { start, end }, 5)) return { start, end, kind: 'indirect', speaker: subject, cue, rule: 'claims.clause-said-mid' };
        }
      }
    }
    return null;
  };

  if (participle) {
    // ", adding that …" / ", saying …": the source is the one of the clause before
    // "… responded by saying CLAUSE": the sentence's opening NP is the source (claims.prep-saying)
    const prep = !last && PREP_BEFORE_PARTICIPLE.test(text.slice(Math.max(s.start, cue.start - 8), cue.start));
    if (!/,[\s\u00A0]*$/.test(text.slice(Math.max(s.start, cue.start - 40), cue.start)) && !last && !prep) return null;
    const c = clauseAfter();
    if (!c) return null;
    const speaker = last?.speaker ?? speakerAfter(text, trimStart(text, s.start, s.end), cue.start);
    if (prep && !last) return speaker && !c.object && !c.to ? { ...c.span, kind: 'indirect', speaker, cue, rule: 'claims.prep-saying' } : null;
    return { ...c.span, kind: 'indirect', speaker, cue, rule: c.object ? 'claims.verb-object' : c.that ? 'claims.adding-that' : 'claims.saying-clause' };
  }
  const sp = speakerBefore(text, s.start, cue.start, stripped);
  if (sp) {
    // "As I have already said, clause" / "As the minister noted, clause"
    if (sp.start - s.start < 120 && /^(?:[^:.]{1,80}:[\s\u00A0]+)?[\s\u00A0“"]*(?:(?:But|And|So)[\s\u00A0]+)?As[\s\u00A0]+$/.test(text.slice(s.start, sp.start))) {
      const at = advanceAdjunct(text, cue.end);
      if (!/^[\s\u00A0]*,/.test(text.slice(at, Math.min(s.end, at + 40)))) return null;
      const c = contentAfter(text, at, s);
      return c ? { ...c, kind: 'indirect', speaker: sp, cue, rule: 'claims.as-said' } : null;
    }
    // stripped wire copy: "…10 civilians said the Syrian Observatory." — the source follows the cue
    const c = stripped && (wireSourceAfter(text, s, cue) || (OBJECT_VERBS.has(base) && hearerEndsClause(text, cue, s))) ? null : clauseAfter();
    if (c) return { ...c.span, kind: 'indirect', speaker: sp, cue, rule: clauseRule(c) };
    if (nested) return null;
    const tailAt = Math.max(s.start, sp.start - 40);
    const comma = /,[\s\u00A0]*$/.exec(text.slice(tailAt, sp.start));
    // (no comma before the NP: "A, advisers to Mr. Obama say, B" — the NP is the object of a PP inside a loose subject)
    if (!comma) return stripped ? wireClauseSaid(text, s, cue, sp, OBJECT_VERBS.has(base)) ?? wireClauseSaidInverted(text, s, cue) : looseMid();
    const commaAt = tailAt + comma.index;
    const afterAt = advanceAdjunct(text, cue.end);
    const after = text.slice(afterAt, Math.min(s.end, afterAt + 400));
    const start = trimStart(text, s.start, sp.start);
    if (CLOSE.test(text[commaAt - 1] ?? '')) return null; // quotation: handled as direct
    if (/^[\s\u00A0]*(?:[.!?:]["”]?)?[\s\u00A0]*$/.test(after) || /^[\s\u00A0]*,[\s\u00A0]*(?:adding|saying|noting|arguing|citing|and)\b/.test(after) || ADVERBIAL.test(after)) {
      const end = trimEnd(text, start, commaAt);
      if (!hasWords(text, { start, end }, 3)) return null;
      return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.clause-said' };
    }
    if (/^[\s\u00A0]*,/.test(after)) {
      const end = trimEnd(text, start, s.end);
      if (!hasWords(text, { start, end }, 5)) return null;
      return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.clause-said-mid' };
    }
    return null;
  }
  // a coordinated verb phrase: "X did not deny that A and said that B" — the source of the claim before
  if (last?.speaker && /\b(?:and|but)[\s\u00A0]+$/.test(text.slice(Math.max(s.start, cue.start - 6), cue.start))) {
    const c = clauseAfter();
    if (c) return { ...c.span, kind: 'indirect', speaker: last.speaker, cue, rule: c.object ? 'claims.verb-object' : c.that ? 'claims.said-that' : c.quote ? 'claims.said-quote' : 'claims.said-clause' };
  }
  // a strong frame ("… worry that CLAUSE", "… said CLAUSE") without a recognisable NP: the loose subject
  if (!stripped && !/,[\s\u00A0]*$/.test(text.slice(Math.max(s.start, cue.start - 10), cue.start))) {
    const c = clauseAfter();
    const subject = c && (c.that || SAY_VERBS.has(base) || (c.object && EVIDENCE_VERBS.has(base))) ? looseSubject(text, s.start, cue.start) : null;
    if (c && subject) return { ...c.span, kind: 'indirect', speaker: subject, cue, rule: clauseRule(c) };
  }
  const mid = looseMid();
  if (mid) return mid;
  // stripped wire copy: "A spokesman at the hospital in Kafr Takharim in Idlib said CLAUSE" (the sentence's opening words)
  if (stripped && !nested) {
    const subject = wireSubject(text, s.start, cue.start);
    const c = subject ? clauseAfter() : null;
    if (c && subject && (c.that || SAY_VERBS.has(base))) return { ...c.span, kind: 'indirect', speaker: subject, cue, rule: c.that ? 'claims.said-that' : c.quote ? 'claims.said-quote' : 'claims.said-clause' };
  }
  // "Senator Dianne Feinstein, Democrat of California, said CLAUSE": a name and its appositions
  if (!nested && /,[\s\u00A0]*$/.test(text.slice(Math.max(s.start, cue.start - 10), cue.start))) {
    const subject = appositiveSubject(text, s.start, cue.start);
    const c = subject ? clauseAfter() : null;
    if (c && subject) return { ...c.span, kind: 'indirect', speaker: subject, cue, rule: clauseRule(c) };
  }
  // inverted: "…, said the official."
  if (nested) return null;
  const tailAt = Math.max(s.start, cue.start - 40);
  const comma = /,[\s\u00A0]*$/.exec(text.slice(tailAt, cue.start));
  if (!comma && stripped) return wireClauseSaidInverted(text, s, cue);
  if (!comma || CLOSE.test(text[tailAt + comma.index - 1] ?? '')) return null;
  const spA = speakerAfter(text, cue.end, s.end);
  if (!spA || !/^[\s\u00A0]*(?:[.!?,]|$)/.test(text.slice(spA.end, Math.min(s.end, spA.end + 10)))) return null;
  const start = trimStart(text, s.start, cue.start);
  const end = trimEnd(text, start, tailAt + comma.index);
  if (!hasWords(text, { start, end }, 3)) return null;
  return { start, end, kind: 'indirect', speaker: spA, cue, rule: 'claims.clause-said-inverted' };
}

/** "According to X, clause." / "Clause, according to X." */
function nounClaim(text: string, s: Span, cue: Span, stripped: boolean): Draft | null {
  const before = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  const sentenceInitial = cue.start - s.start < 40 && /^[\s\u00A0“"]*(?:(?:But|And|Also|However|Yet|So)\b,?[\s\u00A0]*)?$/.test(before);
  const ci = text.slice(cue.end, Math.min(s.end, cue.end + 400)).indexOf(',');
  const commaAfter = ci < 0 ? -1 : cue.end + ci;
  if (stripped && (commaAfter < 0 || commaAfter >= s.end) && (sentenceInitial || !/,[\s\u00A0]*$/.test(before))) return wireAccordingTo(text, s, cue, sentenceInitial);
  if (sentenceInitial) {
    if (commaAfter < 0 || commaAfter >= s.end) return null;
    const sp = { start: trimStart(text, cue.end, commaAfter), end: trimEnd(text, cue.end, commaAfter) };
    const c = contentAfter(text, commaAfter + 1, s);
    if (!c || sp.end <= sp.start) return null;
    return { ...c, kind: 'indirect', speaker: sp, cue, rule: 'claims.according-to' };
  }
  // (no comma before: "Clinton leads Sanders by 271 delegates according to a count by The Associated Press" — a source NP after it)
  if (!/,[\s\u00A0]*$/.test(before) && !/^[\s\u00A0]+(?:an?|the|\p{Lu})[\p{L}-]*[\s\u00A0]/u.test(text.slice(cue.end, Math.min(s.end, cue.end + 20)))) return null;
  // "…, starting from the Geneva Communique of June 2012, according to which CLAUSE": the NP before the comma
  const which = /^[\s\u00A0]+which\b/.exec(text.slice(cue.end, Math.min(s.end, cue.end + 12)));
  if (which) {
    const comma = cue.start - before.length + before.lastIndexOf(',');
    const np = speakerBefore(text, s.start, comma) ?? looseSubject(text, s.start, comma);
    const c = contentAfter(text, cue.end + which[0].length, s);
    if (!np || !c) return null;
    const head = /^(?:[\p{Ll}-]+[\s\u00A0]+)*?(?=the\b|\p{Lu})/u.exec(text.slice(np.start, np.end));
    // a date after the name is not part of it ("the Geneva Communique of June 2012")
    const dated = /[\s\u00A0]+(?:of|from|in)[\s\u00A0]+(?:\p{Lu}\p{Ll}+[\s\u00A0]+)?\d{4}$/u.exec(text.slice(np.start, np.end));
    return { ...c, kind: 'indirect', speaker: { start: np.start + (head?.[0].length ?? 0), end: np.end - (dated?.[0].length ?? 0) }, cue, rule: 'claims.according-to-which' };
  }
  const spEnd = commaAfter >= 0 && commaAfter < s.end ? commaAfter : trimEnd(text, cue.end, s.end);
  const sp = { start: trimStart(text, cue.end, spEnd), end: trimEnd(text, cue.end, spEnd) };
  if (sp.end <= sp.start || hasWords(text, sp, 13)) return null;
  const start = trimStart(text, s.start, cue.start);
  const end = commaAfter >= 0 && commaAfter < s.end && s.end - commaAfter > 12 && /,[\s\u00A0]*$/.test(before) ? trimEnd(text, start, s.end) : trimEnd(text, start, cue.start);
  if (!hasWords(text, { start, end }, 3)) return null;
  return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.clause-according-to' };
}
