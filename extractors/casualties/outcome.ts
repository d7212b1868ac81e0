// Outcome look-ups that scan a bounded stretch of the clause: the distant passive verb of a figure
// ("3,500 servicemen of Syria's government army were killed") and the agent test ("3 soldiers killed
// 10 militants": the soldiers are the agent, not a figure).
import type { CasualtyOutcome } from './types.js';
import { CLAUSE_BREAKERS } from './lexicon.js';
import { ACTIVE_OBJECT_RE, AMONG_AFTER_RE, AUX_OUTCOME_RE, AUX_RE, BARE_OUTCOME_RE, FINITE_RE, ahead, outcomeOf } from './patterns.js';

const BREAKER_RE = new RegExp(`[;:!?()\\[\\]"“”]|\\.(?:\\s|$)|(?<![\\p{L}])(?:${CLAUSE_BREAKERS.join('|')})(?![\\p{L}])`, 'iu');

/** Scan right from `pos` to the clause's outcome verb: the first auxiliary decides. */
export function distantOutcome(text: string, pos: number): CasualtyOutcome | undefined {
  let rest = ahead(text, pos);
  const brk = BREAKER_RE.exec(rest);
  if (brk) rest = rest.slice(0, brk.index);
  const words = rest.split(/[\s\u00A0]+/).filter(Boolean);
  if (words.length > 18) rest = words.slice(0, 18).join(' ');
  const aux = AUX_RE.exec(rest);
  const fin = FINITE_RE.exec(rest);
  if (fin && (!aux || fin.index <= aux.index + aux[0].length + 1)) return outcomeOf(fin[0]);
  if (!aux) return undefined;
  const m = AUX_OUTCOME_RE.exec(rest.slice(aux.index));
  if (m) return outcomeOf(m.groups?.out as string);
  const among = AMONG_AFTER_RE.exec(' ' + rest.slice(aux.index));
  if (among) return /wounded|injured/i.test(among.groups?.what as string) ? 'wounded' : 'killed';
  return undefined;
}

export function isActiveObject(after: string): boolean {
  const m = ACTIVE_OBJECT_RE.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length).replace(/^[\d,.]*[\p{L}]*/u, '');
  return !BARE_OUTCOME_RE.test(rest);
}

