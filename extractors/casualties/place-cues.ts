// Places named by a cue word that the gazetteer lacks: "the village of Tokhar", "Salah Eddin
// neighborhood" (places.ts findPlaces adds them where no gazetteer mention covers them). The patterns
// are tried (sticky) only at the words of the text that can hold their cue word, in text order, each
// offset once: the same matches as a global scan of the text, found in the same order.
import type { CasualtyPlace, PlaceType } from './types.js';
import { isLetterBefore, isSpace, type WordSpans } from './wordscan.js';

const CUE_OF = /(?<![\p{L}])(?<cue>town|village|city|neighbou?rhood|district|suburb|hamlet|camp|area)[\s\u00A0]+of[\s\u00A0]+(?<name>(?:(?:al|el|ad|ar|as|ash|az|ez)-)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?:[\s\u00A0]+(?:(?:al|el|ad|ar|as|ash|az|ez)-)?\p{Lu}[\p{L}'’]*){0,2})/uy;
const CUE_AFTER = /(?<![\p{L}])(?<name>(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*(?:[\s\u00A0]+(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*)?)[\s\u00A0]+(?<cue>neighbou?rhood|district|camp)(?![\p{L}])/uy;
/** The cue words of the two patterns, as they spell them (lower case: the patterns are case-sensitive). */
const CUE_OF_WORDS = ['town', 'village', 'city', 'neighbourhood', 'neighborhood', 'district', 'suburb', 'hamlet', 'camp', 'area'];
const CUE_AFTER_WORDS = ['neighbourhood', 'neighborhood', 'district', 'camp'];
/** The cue words by their last (CUE_OF) or first (CUE_AFTER) character code: most words are never compared. */
const byCode = (words: readonly string[], at: (w: string) => number) => {
  const out: string[][] = Array.from({ length: 128 }, () => []);
  for (const w of words) (out[at(w)] as string[]).push(w);
  return out;
};
const CUE_OF_BY_LAST = byCode(CUE_OF_WORDS, (w) => w.charCodeAt(w.length - 1));
const CUE_AFTER_BY_FIRST = byCode(CUE_AFTER_WORDS, (w) => w.charCodeAt(0));
const CUE_TYPE: Readonly<Record<string, PlaceType>> = { town: 'town', village: 'village', city: 'city', neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood', district: 'district', suburb: 'neighbourhood', hamlet: 'village', camp: 'neighbourhood', area: 'district' };

/**
 * The earliest offset a CUE_AFTER match ending at the space `h` can start at: its name is one or two
 * space-free stretches (a space run between them, a space run after), so back over space, a stretch,
 * space, a stretch — never before `floor`.
 */
function nameWindowStart(text: string, h: number, floor: number): number {
  let k = h;
  for (let part = 0; part < 4; part++) {
    const space = part % 2 === 0;
    while (k > floor && isSpace(text.charCodeAt(k - 1)) === space) k--;
  }
  return k;
}

/**
 * The cue-named places of `text` (its words from scanWords), CUE_OF matches first then CUE_AFTER ones,
 * skipping a name that `covered` says a gazetteer mention holds, or that overlaps one found before.
 */
export function cuedPlaces(text: string, words: WordSpans, covered: (start: number, end: number) => boolean, slug: (name: string) => string): CasualtyPlace[] {
  const { count, starts, ends } = words;
  const cued: CasualtyPlace[] = [];
  const add = (m: RegExpExecArray) => {
    const name = m.groups?.name as string;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (covered(start, end) || cued.some((p) => p.start < end && start < p.end)) return;
    const type = CUE_TYPE[(m.groups?.cue as string).toLowerCase()] ?? 'town';
    cued.push({ start, end, text: name, id: slug(name), name, type });
  };
  // "the village of X": a match starts at its cue word, which ends a word (a space follows) and
  // has no letter right before it.
  let from = 0;
  for (let k = 0; k < count; k++) {
    const end = ends[k] as number;
    const last = text.charCodeAt(end - 1);
    if (last >= 0x80 || (CUE_OF_BY_LAST[last] as string[]).length === 0 || end < from + 4 || end >= text.length || !isSpace(text.charCodeAt(end))) continue;
    const start = starts[k] as number;
    for (const cue of CUE_OF_BY_LAST[last] as string[]) {
      const p = end - cue.length;
      if (p < start || p < from || !text.startsWith(cue, p) || isLetterBefore(text, p)) continue;
      CUE_OF.lastIndex = p;
      const full = CUE_OF.exec(text);
      if (full) {
        add(full);
        from = CUE_OF.lastIndex;
      }
      break;
    }
  }
  // "X neighbourhood": a match ends with a space and its cue word, which starts a word; its name is
  // at most two space-free stretches before.
  from = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    const h = start - 1;
    const first = text.charCodeAt(start);
    if (first >= 0x80 || (CUE_AFTER_BY_FIRST[first] as string[]).length === 0 || h < from || !isSpace(text.charCodeAt(h))) continue;
    if (!(CUE_AFTER_BY_FIRST[first] as string[]).some((cue) => text.startsWith(cue, start))) continue;
    for (let p = Math.max(from, nameWindowStart(text, h, from)); p < h; p++) {
      CUE_AFTER.lastIndex = p;
      const full = CUE_AFTER.exec(text);
      if (full) {
        add(full);
        from = CUE_AFTER.lastIndex;
        break;
      }
      from = p + 1;
    }
  }
  return cued;
}
