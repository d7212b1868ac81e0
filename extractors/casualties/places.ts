// Place mentions of Syrian war reporting: the gazetteer (places/syria.json, zod-validated: name,
// type, province, aliases/transliterations) matched word by word, plus places named by a cue
// ("the village of Tokhar", "Salah Eddin neighborhood") that the gazetteer lacks.
import { z } from 'zod';
import data from './places/syria.json' with { type: 'json' };
import type { CasualtyPlace, PlaceType } from './types.js';

const placeType = z.enum(['city', 'town', 'village', 'district', 'neighbourhood', 'province', 'region', 'country']);
export const placeSchema = z
  .object({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), name: z.string().min(1), type: placeType, province: z.string().min(1).optional(), aliases: z.array(z.string().min(1)).optional() })
  .strict();
export const gazetteerSchema = z.object({ source: z.string().min(1), places: z.array(placeSchema) }).strict();
export type PlaceEntry = z.infer<typeof placeSchema>;

/** Folded form for look-up: lower case, no apostrophes, hyphens and spaces as one space. */
export const foldPlace = (s: string) => s.toLowerCase().replace(/['’`]/g, '').replace(/[\s\u00A0-]+/g, ' ').trim();

export function buildGazetteer(raw: unknown): { entries: PlaceEntry[]; byName: Map<string, PlaceEntry>; maxWords: number; firstWords: Set<string> } {
  const { places } = gazetteerSchema.parse(raw);
  const byName = new Map<string, PlaceEntry>();
  const firstWords = new Set<string>();
  const ids = new Set<string>();
  let maxWords = 1;
  for (const p of places) {
    if (ids.has(p.id)) throw new Error(`duplicate place id: ${p.id}`);
    ids.add(p.id);
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const k = foldPlace(n);
      // First entry wins: a city's name before a same-named province alias is not possible, since
      // provinces are listed as "X province" / "X countryside".
      if (!byName.has(k)) byName.set(k, p);
      firstWords.add(k.split(' ')[0] as string);
      maxWords = Math.max(maxWords, k.split(' ').length);
    }
  }
  return { entries: places, byName, maxWords, firstWords };
}

const GAZ = buildGazetteer(data);
/** The first words of gazetteer names, and each with an s (a one-word possessive "Syrias"): one look-up per word. */
const FIRST_OR_POSSESSIVE = new Set([...GAZ.firstWords, ...[...GAZ.firstWords].map((w) => `${w}s`)]);
// The first two characters of those words, as a table: most words of a text fail this test and are never
// hashed for the Set look-up (the look-up was most of findPlaces' time). Folded to 7 bits: a superset.
const pairOf = (w: string) => ((w.charCodeAt(0) & 0x7f) << 7) | (w.length > 1 ? w.charCodeAt(1) & 0x7f : 0);
const FIRST_PAIRS = new Uint8Array(1 << 14);
for (const w of FIRST_OR_POSSESSIVE) FIRST_PAIRS[pairOf(w)] = 1;
const foldWord = (w: string) => {
  const lower = w.toLowerCase();
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
};
const COUNTRY_OR_REGION_SUFFIX = /^[\s\u00A0]+(?:province|governorate|countryside|city)(?![\p{L}])/iu;
const CUE_OF = /(?<![\p{L}])(?<cue>town|village|city|neighbou?rhood|district|suburb|hamlet|camp|area)[\s\u00A0]+of[\s\u00A0]+(?<name>(?:(?:al|el|ad|ar|as|ash|az|ez)-)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?:[\s\u00A0]+(?:(?:al|el|ad|ar|as|ash|az|ez)-)?\p{Lu}[\p{L}'’]*){0,2})/gu;
const CUE_AFTER = /(?<![\p{L}])(?<name>(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*(?:[\s\u00A0]+(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*)?)[\s\u00A0]+(?<cue>neighbou?rhood|district|camp)(?![\p{L}])/gu;
// Literal scans for the cue words (lower case: the cue patterns are case-sensitive), cheaper than
// trying the whole pattern with its look-behind at every offset.
const CUE_OF_AT = /(?:town|village|city|neighbou?rhood|district|suburb|hamlet|camp|area)[\s\u00A0]+of[\s\u00A0]/g;
const CUE_OF_STICKY = new RegExp(CUE_OF.source, 'uy');
const CUE_AFTER_HINT = /[\s\u00A0](?:neighbou?rhood|district|camp)/g;
const CUE_TYPE: Readonly<Record<string, PlaceType>> = { town: 'town', village: 'village', city: 'city', neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood', district: 'district', suburb: 'neighbourhood', hamlet: 'village', camp: 'neighbourhood', area: 'district' };
/** Words that end in s but are not a place's possessive. */
const NOT_POSSESSIVE = new Set(['hamas']);
const slug = (s: string) => foldPlace(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const toPlace = (text: string, start: number, end: number, p: PlaceEntry): CasualtyPlace => {
  const out: CasualtyPlace = { start, end, text: text.slice(start, end), id: p.id, name: p.name, type: p.type };
  if (p.province) out.province = p.province;
  return out;
};

/**
 * Every place mention of `text`, in text order, longest match first: gazetteer names and aliases
 * (a possessive "Syrias"/"Aleppo's" matches its place; the last word must be capitalised), then
 * cue-named places not covered by a gazetteer mention. Linear: one word scan, bounded n-grams.
 */
export function findPlaces(text: string): CasualtyPlace[] {
  const words: Array<{ start: number; end: number; fold: string }> = [];
  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  let m: RegExpExecArray | null;
  // A word has no space or hyphen, so its fold is its lower case without apostrophes.
  while ((m = WORD.exec(text)) !== null) words.push({ start: m.index, end: m.index + m[0].length, fold: foldWord(m[0]) });
  const out: CasualtyPlace[] = [];
  for (let i = 0; i < words.length; i++) {
    // A name (or a one-word possessive) starts with a gazetteer name's first word: most words are not.
    const first = (words[i] as { fold: string }).fold;
    if (!FIRST_PAIRS[pairOf(first)] || !FIRST_OR_POSSESSIVE.has(first)) continue;
    let found: { entry: PlaceEntry; j: number; end: number } | undefined;
    let key = '';
    for (let j = i; j < words.length && j < i + GAZ.maxWords; j++) {
      const w = words[j] as { start: number; end: number; fold: string };
      // Words of one name are separated by a space or a hyphen only.
      if (j > i && !/^[\s\u00A0-]+$/.test(text.slice((words[j - 1] as { end: number }).end, w.start))) break;
      key = j === i ? w.fold : `${key} ${w.fold}`;
      if (!/^\p{Lu}/u.test(text.slice(w.start, w.end))) continue;
      const exact = GAZ.byName.get(key);
      if (exact) {
        found = { entry: exact, j, end: w.end };
        continue;
      }
      // A possessive, with or without its apostrophe ("Aleppo's", "Syrias" in scraped text).
      const bare = key.endsWith('s') && !NOT_POSSESSIVE.has(key) ? GAZ.byName.get(key.slice(0, -1)) : undefined;
      if (bare) found = { entry: bare, j, end: w.end - (/['’]s$/.test(text.slice(w.start, w.end)) ? 2 : 1) };
    }
    if (found) {
      let { entry } = found;
      // "Aleppo province", "Idlib countryside": the governorate.
      const suffix = COUNTRY_OR_REGION_SUFFIX.exec(text.slice(found.end, found.end + 20));
      let end = found.end;
      if (suffix && entry.type !== 'province') {
        const prov = GAZ.byName.get(`${foldPlace(text.slice((words[i] as { start: number }).start, found.end))} ${foldPlace(suffix[0])}`);
        if (prov) {
          entry = prov;
          end = found.end + suffix[0].length;
        }
      }
      out.push(toPlace(text, (words[i] as { start: number }).start, end, entry));
      while (i + 1 < words.length && (words[i + 1] as { start: number }).start < end) i++;
    }
  }
  const covered = (s: number, e: number) => out.some((p) => p.start < e && s < p.end);
  const cued: CasualtyPlace[] = [];
  const add = (m: RegExpExecArray) => {
    const name = m.groups?.name as string;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (covered(start, end) || cued.some((p) => p.start < end && start < p.end)) return;
    const type = CUE_TYPE[(m.groups?.cue as string).toLowerCase()] ?? 'town';
    cued.push({ start, end, text: name, id: slug(name), name, type });
  };
  // "the village of X": a match starts at its cue word, so the pattern is tried (sticky) only where
  // the literal cue scan stops; the same matches as a global scan, found in the same order.
  CUE_OF_AT.lastIndex = 0;
  while ((m = CUE_OF_AT.exec(text)) !== null) {
    CUE_OF_STICKY.lastIndex = m.index;
    const full = CUE_OF_STICKY.exec(text);
    if (full) {
      add(full);
      CUE_OF_AT.lastIndex = CUE_OF_STICKY.lastIndex;
    } else CUE_OF_AT.lastIndex = m.index + 1;
  }
  // "X neighbourhood": every match holds a space and its cue word; most texts have none.
  CUE_AFTER_HINT.lastIndex = 0;
  if (CUE_AFTER_HINT.test(text)) {
    CUE_AFTER.lastIndex = 0;
    while ((m = CUE_AFTER.exec(text)) !== null) add(m);
  }
  return [...out, ...cued].sort((a, b) => a.start - b.start);
}
