// Places named by a cue word that the gazetteer lacks: "the village of Tokhar", "Salah Eddin
// neighborhood" (places.ts findPlaces adds them where no gazetteer mention covers them). The patterns
// are tried (sticky) only where a literal scan finds their cue word, in text order, each offset once:
// the same matches as a global scan of the text, found in the same order.
import type { CasualtyPlace, PlaceType } from './types.js';
import { isSpaceCode as isSpace } from '../../src/document/space.js';

const CUE_OF = /(?<![\p{L}])(?<cue>town|village|city|neighbou?rhood|district|suburb|hamlet|camp|area)[\s\u00A0]+of[\s\u00A0]+(?<name>(?:(?:al|el|ad|ar|as|ash|az|ez)-)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?:[\s\u00A0]+(?:(?:al|el|ad|ar|as|ash|az|ez)-)?\p{Lu}[\p{L}'’]*){0,2})/uy;
const CUE_AFTER = /(?<![\p{L}])(?<name>(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*(?:[\s\u00A0]+(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*)?)[\s\u00A0]+(?<cue>neighbou?rhood|district|camp)(?![\p{L}])/uy;
// Literal scans for the cue words (lower case: the patterns are case-sensitive): far cheaper than trying
// a whole pattern with its look-behind at every offset.
const CUE_OF_AT = /(?:town|village|city|neighbou?rhood|district|suburb|hamlet|camp|area)[\s\u00A0]+of[\s\u00A0]/g;
const CUE_AFTER_HINT = /[\s\u00A0](?:neighbou?rhood|district|camp)/g;
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
 * The cue-named places of `text`, CUE_OF matches first then CUE_AFTER ones,
 * skipping a name that `covered` says a gazetteer mention holds, or that overlaps one found before.
 */
export function cuedPlaces(text: string, covered: (start: number, end: number) => boolean, slug: (name: string) => string): CasualtyPlace[] {
  const cued: CasualtyPlace[] = [];
  const add = (m: RegExpExecArray) => {
    const name = m.groups?.name as string;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (covered(start, end) || cued.some((p) => p.start < end && start < p.end)) return;
    const type = CUE_TYPE[(m.groups?.cue as string).toLowerCase()] ?? 'town';
    cued.push({ start, end, text: name, id: slug(name), name, type });
  };
  // "the village of X": a match starts at its cue word, so the pattern is tried (sticky) only where the
  // literal cue scan stops.
  let m: RegExpExecArray | null;
  CUE_OF_AT.lastIndex = 0;
  while ((m = CUE_OF_AT.exec(text)) !== null) {
    CUE_OF.lastIndex = m.index;
    const full = CUE_OF.exec(text);
    if (full) {
      add(full);
      CUE_OF_AT.lastIndex = CUE_OF.lastIndex;
    } else CUE_OF_AT.lastIndex = m.index + 1;
  }
  // "X neighbourhood": a match ends with a space and its cue word (the hint); its name is at most two
  // space-free stretches before.
  CUE_AFTER_HINT.lastIndex = 0;
  let from = 0;
  while ((m = CUE_AFTER_HINT.exec(text)) !== null) {
    const h = m.index;
    if (h < from) continue;
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
    CUE_AFTER_HINT.lastIndex = Math.max(h + 1, from);
  }
  return cued;
}
