// Speaker entities: a person (name + role) or an organization (linked to the groups gazetteer when
// it knows it). Ids are a deterministic function of a transliteration-folded name, so separate
// documents (and separate runs) agree without a database: "Sergey Lavrov" and "Sergei Lavrov" are
// both person:sergei-lavrov; "Rami Abdel Rahman", "Rami Abdul Rahman", "Rami Abdurrahman" are
// person:rami-abd-al-rahman; a gazetteer organization is group:<gazetteer id>.

import lexicon from './speaker-lexicon.json' with { type: 'json' };
import places from '../casualties/places/syria.json' with { type: 'json' };

export type SpeakerType = 'person' | 'organization';

/** Folds the usual English transliterations of Russian and Arabic names to one spelling. */
export function nameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[’'`‘]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  // Abdel / Abdul / Abd al- / Abd el- / Abdur-: one "abd al"
  s = s.replace(/\babd(?:ul|el|al|ur|ar|u|e)?\s*(?:al\s+|el\s+|ul\s+)?(?=[a-z])/g, 'abd al ');
  s = s.replace(/\bel\s+(?=[a-z])/g, 'al ');
  return s
    .split(' ')
    .map((w) =>
      w
        .replace(/kh/g, 'h')
        .replace(/ph/g, 'f')
        .replace(/q/g, 'k')
        .replace(/ee/g, 'i')
        .replace(/ou/g, 'u')
        .replace(/y/g, 'i')
        .replace(/([a-z])\1+/g, '$1'),
    )
    .join(' ');
}

const slug = (key: string) => key.replace(/\s+/g, '-');

const ids = new Map<string, string>();
export function personId(name: string): string {
  let id = ids.get(name);
  if (id === undefined) {
    if (ids.size > 5000) ids.clear(); // bounded memo over a long ingest
    id = `person:${slug(nameKey(name))}`;
    ids.set(name, id);
  }
  return id;
}

export function organizationId(name: string, group?: string): string {
  return group ? `group:${group}` : `org:${slug(nameKey(name.replace(/^the\s+/i, '')))}`;
}

interface KnownPerson {
  name: string;
  role?: string;
  group?: string;
  headOf?: string;
}

const known: readonly KnownPerson[] = lexicon.knownPersons.entries;
const byId = new Map(known.map((p) => [personId(p.name), p]));

/** A well-known person under any transliteration (`Rami Abdurrahman` → `Rami Abdel Rahman`, head, sohr). */
export function knownPerson(name: string): KnownPerson | undefined {
  return byId.get(personId(name));
}

/**
 * Heads of gazetteer organizations during the period the corpus covers, for a description with no
 * name ("the Observatory chief" → Rami Abdel Rahman). Only long-serving, unambiguous heads (speaker-lexicon.json).
 */
export const knownHeads: Readonly<Record<string, { name: string; role: string }>> = Object.fromEntries(
  known.filter((p) => p.headOf).map((p) => [p.headOf!, { name: p.name, role: p.role ?? 'head' }]),
);

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
/** Word lists of speaker-lexicon.json (see its `_doc` fields). */
export const speakerWords = {
  addresseeCues: set(lexicon.addresseeCues.words),
  relativePronouns: set(lexicon.relativePronouns.words),
  headVerbs: set(lexicon.headVerbs.words),
  sourceNouns: set(lexicon.sourceNouns.words),
  sourcePrepositions: set(lexicon.sourcePrepositions.words),
  mediaWords: set(lexicon.mediaWords.words),
  adjunctPrepositions: set(lexicon.adjunctPrepositions.words),
  separateParticles: set(lexicon.nameParticles.separate),
  maxAge: lexicon.ageWords.maxAge,
  orgWords: set(lexicon.orgWords.words),
  sourceHeads: set(lexicon.sourceHeads.words),
};
const variants: Readonly<Record<string, string>> = lexicon.spellingVariants.map;
/** One spelling of a description word ("centre" → "center", "defence" → "defense"). */
export const spelling = (w: string) => variants[w] ?? w;
/** "Maj." "Gen." "Sen.": abbreviations whose period belongs to the word. */
export const RANK_ABBREVIATION = new RegExp(`^(?:[A-Z]\\.)+$|^(?:${lexicon.rankAbbreviations.words.join('|')})\\.$`);
const HYPHEN_PARTICLE = new RegExp(`^(?:${lexicon.nameParticles.hyphenated.join('|')})-\\p{Lu}`, 'u');
/** A word of a personal name: capitalised, or a hyphenated particle (`al-Zaatari`). */
export const isNameWord = (w: string) => /^\p{Lu}/u.test(w) || HYPHEN_PARTICLE.test(w);

const foldPlace = (s: string) => s.toLowerCase().replace(/['’`]/g, '').replace(/[\s\u00A0-]+/g, ' ').trim();
const states = new Set(lexicon.states.words.map(foldPlace));
const placeNames = new Set(places.places.flatMap((p: { name: string; aliases?: string[] }) => [p.name, ...(p.aliases ?? [])]).map(foldPlace));
/** A name that is a place: `state` (a country or capital speaking for its government) or `place` (no source). */
export function placeKind(name: string): 'state' | 'place' | undefined {
  const k = foldPlace(name);
  return states.has(k) ? 'state' : placeNames.has(k) ? 'place' : undefined;
}
