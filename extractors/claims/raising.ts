// Raising frames under PolNeAR's convention ("Clinton seems to have found …", "Obama's veto is expected to
// come …"): a claim with no source whose content holds the subject; the cue is the verb.
import type { Span } from '../../src/types.js';
import { looseSubject } from './source.js';
import { hasWords, trimEnd, trimStart, type Draft } from './text.js';

/** Raising verbs: the subject belongs to the content and no one is its source ("New Hampshire seems stable"). */
export const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/**
 * "Clinton seems to have found …", "Obama's veto is expected to come …" (PolNeAR: cue the verb, source
 * none): the content runs from the subject (back to the last clause boundary, else the sentence start)
 * to the end of the sentence; the verb takes an infinitive (or, for seem, an adjective).
 */
export function raisingClaim(text: string, s: Span, cue: Span): Draft | null {
  const after = text.slice(cue.end, Math.min(s.end, cue.end + 40));
  if (!/^[\s\u00A0]+(?:to[\s\u00A0]+\p{Ll}|(?:more[\s\u00A0]+|less[\s\u00A0]+|very[\s\u00A0]+|increasingly[\s\u00A0]+)?\p{Ll}+(?:ed|ful|ous|ble|ive|ic|al|ant|ent|ly|ing)?[\s\u00A0.,])/u.test(after)) return null;
  if (/^[\s\u00A0]+(?:like|as|that|on|in|at|for|with|before|after)\b/i.test(after)) return null;
  const subject = looseSubject(text, s.start, cue.start);
  // (after a reporting verb the subject starts its clause: "He said the plan seems to work")
  const win = text.slice(Math.max(s.start, cue.start - 120), cue.start);
  const said = /\b(?:said|says|say|told|tells|thinks?|believes?|argued|argues|noted|notes)[\s\u00A0]+(?=(?:[^\s\u00A0]+[\s\u00A0]+){1,8}$)/g;
  let clauseAt = -1;
  for (let m = said.exec(win); m; m = said.exec(win)) clauseAt = cue.start - win.length + m.index + m[0].length;
  const start = clauseAt >= 0 && (!subject || subject.start < clauseAt) ? clauseAt : subject ? subject.start : trimStart(text, s.start, cue.start);
  const end = trimEnd(text, start, s.end);
  if (start >= cue.start || !hasWords(text, { start, end }, 4)) return null;
  return { start, end, kind: 'indirect', speaker: null, cue, rule: 'claims.raising' };
}

