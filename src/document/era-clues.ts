// Era clues: names whose mention dates a text, because the organisation existed or the person held
// the office only in a known period. Used to infer the year of a dateline that gives none, and by the
// dates extractor for month-day dates in a document without a publication date.
// Data, not code: add entries with their sources' dates (YYYY-MM). `pattern` is matched
// case-sensitively on word boundaries.

import { anchorOf } from '../text/regex-anchor.js';

export interface EraClue {
  pattern: RegExp;
  /** First month the name can be current (YYYY-MM). */
  from: string;
  /** Last month it can be current (YYYY-MM); open-ended when absent. */
  to?: string;
  what: string;
}

export const eraClues: readonly EraClue[] = [
  { pattern: /\bInternational Syria Support Group\b|\bISSG\b/, from: '2015-10', to: '2018-12', what: 'ISSG, formed in Vienna, October 2015' },
  { pattern: /\bJabhat al-Nus(?:t)?ra\b|\bJebhat al-Nus(?:t)?ra\b|\bal-Nusra Front\b|\bNusra Front\b/, from: '2012-01', to: '2016-07', what: 'Jabhat al-Nusra, renamed Jabhat Fateh al-Sham in July 2016' },
  { pattern: /\bJabhat Fat(?:e|a)h al-Sham\b/, from: '2016-07', to: '2017-01', what: 'Jabhat Fateh al-Sham, merged into Hayat Tahrir al-Sham in January 2017' },
  { pattern: /\bHay(?:')?at Tahrir al-Sham\b/, from: '2017-01', what: 'Hayat Tahrir al-Sham, formed January 2017' },
  { pattern: /\bSyrian Democratic Forces\b/, from: '2015-10', what: 'SDF, formed October 2015' },
  { pattern: /\bHigh Negotiations Committee\b/, from: '2015-12', to: '2017-11', what: 'HNC, formed December 2015, replaced by the SNC in November 2017' },
  { pattern: /\b(?:Russian )?(?:center|centre) for (?:the )?reconciliation\b/i, from: '2016-02', what: 'Russian reconciliation center in Hmeimim, February 2016' },
  { pattern: /\bHmeimim\b|\bHmeymim\b|\bKhmeimim\b/, from: '2015-09', what: 'Russian air group at Hmeimim from September 2015' },
  { pattern: /\bJohn Kerry\b/, from: '2013-02', to: '2017-01', what: 'John Kerry, US Secretary of State' },
  { pattern: /\bRex Tillerson\b/, from: '2017-02', to: '2018-03', what: 'Rex Tillerson, US Secretary of State' },
  { pattern: /\bMike Pompeo\b/, from: '2018-04', to: '2021-01', what: 'Mike Pompeo, US Secretary of State' },
  { pattern: /\bStaffan de Mistura\b/, from: '2014-07', to: '2018-12', what: 'Staffan de Mistura, UN envoy for Syria' },
  { pattern: /\bGeir Pedersen\b/, from: '2019-01', what: 'Geir Pedersen, UN envoy for Syria' },
  { pattern: /\b(?:Sergei|Sergey) Shoigu\b|\bShoigu\b/, from: '2012-11', to: '2024-05', what: 'Sergey Shoigu, Russian Defence Minister' },
  { pattern: /\bAnatoly Antonov\b/, from: '2011-12', to: '2017-08', what: 'Anatoly Antonov, Russian Deputy Defence Minister (later ambassador)' },
  { pattern: /\bBarack Obama\b|\bPresident Obama\b/, from: '2009-01', to: '2017-01', what: 'Barack Obama, US President' },
  { pattern: /\bPresident Trump\b|\bDonald Trump\b/, from: '2017-01', to: '2021-01', what: 'Donald Trump, US President (first term)' },
  { pattern: /\bBan Ki-moon\b/, from: '2007-01', to: '2016-12', what: 'Ban Ki-moon, UN Secretary-General' },
  { pattern: /\bAntónio Guterres\b|\bAntonio Guterres\b/, from: '2017-01', what: 'António Guterres, UN Secretary-General' },
];

export interface EraWindow {
  /** Inclusive month bounds as YYYY-MM. */
  from: string;
  to?: string;
  what: string[];
}

// The clues of one flag set joined into one alternation, so a text is scanned once per flag set
// instead of once per clue; each clue's capture group says which one matched. Only the clues whose
// anchor (the literal every match holds, src/text/regex-anchor.ts) occurs in the text are joined: a
// clue that cannot match anywhere changes no match of the alternation, and most texts hold none.
interface Scanner {
  re: RegExp;
  /** Capture-group index → clue index. */
  groupClue: number[];
}
interface ClueIndex {
  anchors: Array<((text: string) => boolean) | null>;
  /** Scanners by the indexes of the clues they join ("0,4,7"); bounded. */
  scanners: Map<string, Scanner[]>;
}
const indexes = new WeakMap<readonly EraClue[], ClueIndex>();

function indexOf(clues: readonly EraClue[]): ClueIndex {
  let index = indexes.get(clues);
  if (!index) {
    index = { anchors: clues.map((c) => anchorOf(c.pattern)), scanners: new Map() };
    indexes.set(clues, index);
  }
  return index;
}

function scannersOf(clues: readonly EraClue[], index: ClueIndex, present: readonly number[]): Scanner[] {
  const key = present.join(',');
  const cached = index.scanners.get(key);
  if (cached) return cached;
  const byFlags = new Map<string, number[]>();
  for (const i of present) {
    const flags = clues[i]!.pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), i]);
  }
  const out: Scanner[] = [];
  for (const [flags, idx] of byFlags) {
    const groupClue: number[] = [];
    const parts = idx.map((i) => {
      const src = clues[i]!.pattern.source;
      // a clue's own capturing groups shift the numbering
      const inner = (new RegExp(`${src}|`, flags).exec('')?.length ?? 1) - 1;
      groupClue.push(i);
      for (let k = 0; k < inner; k++) groupClue.push(-1);
      return `(${src})`;
    });
    out.push({ re: new RegExp(parts.join('|'), `${flags}g`), groupClue });
  }
  if (index.scanners.size >= 256) index.scanners.clear();
  index.scanners.set(key, out);
  return out;
}

/** Intersection of the periods of every clue the text mentions, or undefined when none or they conflict. */
export function eraWindow(text: string, clues: readonly EraClue[] = eraClues): EraWindow | undefined {
  const index = indexOf(clues);
  const present: number[] = [];
  index.anchors.forEach((a, i) => {
    if (a === null || a(text)) present.push(i);
  });
  if (present.length === 0) return undefined;
  const found = new Set<number>();
  for (const s of scannersOf(clues, index, present)) {
    for (const m of text.matchAll(s.re)) {
      const g = m.findIndex((v, k) => k > 0 && v !== undefined);
      const clue = s.groupClue[g - 1];
      if (clue !== undefined && clue >= 0) found.add(clue);
    }
  }
  const hits = clues.filter((_, i) => found.has(i));
  if (hits.length === 0) return undefined;
  const from = hits.map((h) => h.from).sort().at(-1) as string;
  const tos = hits.flatMap((h) => (h.to ? [h.to] : [])).sort();
  const to = tos[0];
  if (to !== undefined && to < from) return undefined;
  return to === undefined ? { from, what: hits.map((h) => h.what) } : { from, to, what: hits.map((h) => h.what) };
}
