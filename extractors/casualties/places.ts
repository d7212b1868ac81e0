// Place mentions of Syrian war reporting: the gazetteer (places/syria.json, zod-validated: name,
// type, province, aliases/transliterations) matched word by word, plus places named by a cue
// ("the village of Tokhar", "Salah Eddin neighborhood") that the gazetteer lacks.
import { z } from 'zod';
import data from './places/syria.json' with { type: 'json' };
import type { CasualtyPlace } from './types.js';
import { FoldedWords, scanWords } from './wordscan.js';
import { isSpaceCode as isSpace } from '../../src/document/space.js';
import { cuedPlaces } from './place-cues.js';

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
/** The first words of the longer names ("deir", "deir ez"): a key that is none of these cannot grow into a name. */
const NAME_PREFIXES = new Set([...GAZ.byName.keys()].flatMap((k) => k.split(' ').slice(0, -1).map((_, n, ws) => ws.slice(0, n + 1).join(' '))));
// The same words as a trie walked over a word of the text: most words are rejected after a character or
// two, and only the few that pass are sliced and folded (the look-up was most of findPlaces' time).
const FIRST_WORDS = new FoldedWords(FIRST_OR_POSSESSIVE);
/** /^[\s\u00A0-]+$/ over text[from, to). */
function spaceOrHyphenOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x2d && !isSpace(c)) return false;
  }
  return true;
}
/** /^\p{Lu}/u over text[start, end): ASCII directly. */
const startsUpper = (text: string, start: number, end: number) => {
  const c = text.charCodeAt(start);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(text.slice(start, end));
};
const foldWord = (w: string) => {
  const lower = w.toLowerCase();
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
};
const COUNTRY_OR_REGION_SUFFIX = /^[\s\u00A0]+(?:province|governorate|countryside|city)(?![\p{L}])/iu;
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
 * cue-named places not covered by a gazetteer mention. Linear: one word scan (wordscan.ts), bounded n-grams.
 */
export function findPlaces(text: string): CasualtyPlace[] {
  // A word has no space or hyphen, so its fold is its lower case without apostrophes.
  const words = scanWords(text);
  const { count, starts, ends } = words;
  const fold = (k: number) => foldWord(text.slice(starts[k] as number, ends[k] as number));
  const out: CasualtyPlace[] = [];
  for (let i = 0; i < count; i++) {
    // A name (or a one-word possessive) starts with a gazetteer name's first word: most words are not.
    const known = FIRST_WORDS.has(text, starts[i] as number, ends[i] as number);
    if (known === false) continue;
    const first = fold(i);
    if (known === undefined && !FIRST_OR_POSSESSIVE.has(first)) continue;
    let found: { entry: PlaceEntry; j: number; end: number } | undefined;
    let key = '';
    for (let j = i; j < count && j < i + GAZ.maxWords; j++) {
      const ws = starts[j] as number;
      const we = ends[j] as number;
      // Words of one name are separated by a space or a hyphen only.
      if (j > i && !spaceOrHyphenOnly(text, ends[j - 1] as number, ws)) break;
      key = j === i ? first : `${key} ${fold(j)}`;
      if (startsUpper(text, ws, we)) {
        const exact = GAZ.byName.get(key);
        if (exact) found = { entry: exact, j, end: we };
        else {
          // A possessive, with or without its apostrophe ("Aleppo's", "Syrias" in scraped text).
          const bare = key.endsWith('s') && !NOT_POSSESSIVE.has(key) ? GAZ.byName.get(key.slice(0, -1)) : undefined;
          if (bare) found = { entry: bare, j, end: we - (/['’]s$/.test(text.slice(ws, we)) ? 2 : 1) };
        }
      }
      if (!NAME_PREFIXES.has(key)) break;
    }
    if (found) {
      let { entry } = found;
      // "Aleppo province", "Idlib countryside": the governorate.
      const suffix = COUNTRY_OR_REGION_SUFFIX.exec(text.slice(found.end, found.end + 20));
      let end = found.end;
      if (suffix && entry.type !== 'province') {
        const prov = GAZ.byName.get(`${foldPlace(text.slice(starts[i] as number, found.end))} ${foldPlace(suffix[0])}`);
        if (prov) {
          entry = prov;
          end = found.end + suffix[0].length;
        }
      }
      out.push(toPlace(text, starts[i] as number, end, entry));
      while (i + 1 < count && (starts[i + 1] as number) < end) i++;
    }
  }
  const cued = cuedPlaces(text, (s, e) => out.some((p) => p.start < e && s < p.end), slug);
  return cued.length === 0 ? out : [...out, ...cued].sort((a, b) => a.start - b.start);
}
