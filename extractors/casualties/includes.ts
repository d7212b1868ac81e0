// Mixed-category lists under one figure: "killed at least 100 including children, regime
// supporters and opposition fighters" → the figure stays as stated (people) and notes the listed
// categories. Only number-less items count (a numbered item is a sub-figure of its own).
import type { CasualtyCategory } from './types.js';
import { readNounPhrase, type GroupSpan } from './nounphrase.js';
import { ahead } from './patterns.js';

const LIST_START = /^[\s\u00A0]*,?[\s\u00A0]*(?:including|among\s+them|among\s+whom)(?=[\s\u00A0])/iu;
const LIST_END = /[.;:!?()"“”]|(?<![\p{L}])(?:who|which|when|while|after|in|on|at|near|according|said)(?![\p{L}])/iu;
const SEPARATOR = /,(?:[\s\u00A0]*and)?(?=[\s\u00A0])|[\s\u00A0]+(?:and|or|as\s+well\s+as)(?=[\s\u00A0])/giu;

export function listedCategories(text: string, figureEnd: number, groups: readonly GroupSpan[]): CasualtyCategory[] | undefined {
  const start = LIST_START.exec(ahead(text, figureEnd));
  if (!start) return undefined;
  const from = figureEnd + start[0].length;
  let list = ahead(text, from).slice(0, 160);
  const end = LIST_END.exec(list);
  if (end) list = list.slice(0, end.index);
  if (/\d/.test(list)) return undefined;
  const cats: CasualtyCategory[] = [];
  // Positions right before each item (readNounPhrase reads the words after a position).
  const positions = [0];
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(list)) !== null) positions.push(m.index + m[0].length);
  for (const p of positions) {
    const np = readNounPhrase(text, from + p, false, groups);
    if (np && np.end <= from + list.length + 1 && !cats.includes(np.category)) cats.push(np.category);
  }
  return cats.length >= 2 ? cats : undefined;
}
