// Document context: what was named so far, and the rules that read it —
//   groups.backref      capitalised head alone after "the" ("the Observatory", "the Group") → the one named body with that head
//   groups.coreference  lower-case head after "the" ("the ministry") → the same, recorded as coreference (not a name)
//   groups.doc-acronym  an acronym defined in the text ("High Negotiations Committee (HNC)") → that body for the rest of the text
//   bare institution heads ("the Health Ministry") → the institution of that kind named last
import type { GazetteerEntry, InstitutionKind } from './schema.js';
import { candidate, type Candidate } from './matcher.js';
import { classesOf, isCapitalised, wordClass, type Token } from './normalize.js';
import { BACKREF_HEADS, COREF_HEADS } from './rules.js';

const BACK = new Set(BACKREF_HEADS.heads);
const COREF = new Set(COREF_HEADS.heads);
/** Either kind of head (one test per token). */
const HEAD = wordClass(new Set([...BACK, ...COREF]));

/** Heads (last name word, capitalised) of every entry's names, plus explicit `backrefs`. */
export function headIndex(entries: readonly GazetteerEntry[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const put = (head: string, id: string) => {
    let s = index.get(head);
    if (!s) index.set(head, (s = new Set()));
    s.add(id);
  };
  for (const e of entries) {
    for (const n of [e.name, ...e.aliases]) {
      const last = lastWord(n);
      if (last && BACK.has(last)) put(last, e.id);
    }
    for (const w of e.backrefs ?? []) put(w, e.id);
  }
  return index;
}

/** The last run of letters of a name (what /(\p{L}+)\W*$/u finds, without its quadratic backtracking). */
function lastWord(name: string): string | undefined {
  const words = name.match(/\p{L}+/gu);
  if (!words) return undefined;
  const w = words[words.length - 1] as string;
  // Only non-word characters may follow it (a trailing digit or underscore: no head).
  return /^\W*$/.test(name.slice(name.lastIndexOf(w) + w.length)) ? w : undefined;
}

export class DocContext {
  /** Named bodies in order of first mention. */
  readonly named = new Map<string, GazetteerEntry>();
  private readonly lastOfKind = new Map<InstitutionKind, GazetteerEntry>();
  readonly acronyms = new Map<string, GazetteerEntry>();

  constructor(private readonly heads: ReadonlyMap<string, ReadonlySet<string>>) {}

  note(entry: GazetteerEntry): void {
    this.named.set(entry.id, entry);
    if (entry.institution) this.lastOfKind.set(entry.institution.kind, entry);
  }

  /** The institution of this kind named last in the document. */
  institution(kind: InstitutionKind): GazetteerEntry | undefined {
    return this.lastOfKind.get(kind);
  }

  private only(head: string): GazetteerEntry | undefined {
    const ids = this.heads.get(head);
    if (!ids) return undefined;
    let found: GazetteerEntry | undefined;
    for (const id of ids) {
      const e = this.named.get(id);
      if (!e) continue;
      if (found) return undefined; // two named bodies share the head: ambiguous
      found = e;
    }
    return found;
  }

  /** Back-references and coreferences in one sentence. */
  references(toks: readonly Token[]): Candidate[] {
    const out: Candidate[] = [];
    if (this.named.size === 0) return out;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.quiet || (classesOf(t.word) & HEAD) === 0) continue;
      const capital = BACK.has(t.raw);
      if (!capital && !COREF.has(t.raw)) continue;
      // "the Observatory", "The Britain-based Observatory"
      let p = i - 1;
      if ((toks[p] as Token).plain === 'based' && p >= 2 && /^[-‐]$/.test((toks[p - 1] as Token).rawSepAfter)) p -= 2;
      const det = toks[p] as Token;
      // After "the", or (capitalised) opening a clause after a quote or bracket: '… said" Observatory chief …'.
      const opens = capital && /["”“)\]]|[.;:]\s/.test((toks[i - 1] as Token).rawSepAfter);
      if (!opens && (det.plain !== 'the' || !/^\s+$/.test(det.rawSepAfter))) continue;
      const next = toks[i + 1];
      if (next && /^\s+$/.test(t.rawSepAfter) && (isCapitalised(next.raw) || (next.plain === 'of' && toks[i + 2] && isCapitalised((toks[i + 2] as Token).raw)))) continue; // "the Group of Friends of Syria"
      const entry = this.only(capital ? t.raw : t.raw[0]!.toUpperCase() + t.raw.slice(1));
      if (!entry) continue;
      if (capital) out.push(candidate(t.start, t.coreEnd, entry, 'alias', 'groups.backref', 0.8, { id: 'back-reference' }));
      else out.push(candidate(t.start, t.coreEnd, entry, 'coreference', 'groups.coreference', 0.6, { id: 'coreference' }));
    }
    return out;
  }

  /** Acronyms learnt from this document ("HNC" once "High Negotiations Committee (HNC)" was read). */
  acronymCandidates(toks: readonly Token[]): Candidate[] {
    const out: Candidate[] = [];
    if (this.acronyms.size === 0) return out;
    for (const t of toks) {
      if (t.quiet) continue; // lower-case: no learnt acronym
      const e = this.acronyms.get(t.raw);
      if (e) out.push(candidate(t.start, t.coreEnd, e, e.id.startsWith('discovered:') ? 'discovered' : 'acronym', 'groups.doc-acronym', 0.9, { id: 'document-acronym' }));
    }
    return out;
  }

  /** "<Name> (ACR)": learn ACR when its letters follow the name's initials. Returns the ACR's span. */
  learn(text: string, c: Candidate, known: ReadonlyMap<string, ReadonlySet<string>>): Candidate | undefined {
    const m = /^\s?\(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(c.end, c.end + 12));
    if (!m) return undefined;
    const acr = m[1] as string;
    if (!initialsFit(acr, text.slice(c.start, c.end))) return undefined;
    if (known.get(acr)?.has(c.entry.id)) return undefined; // the gazetteer's own acronym for it
    this.acronyms.set(acr, c.entry); // the document's own definition wins over the gazetteer's
    const start = c.end + m[0].indexOf('(') + 1;
    return candidate(start, start + acr.length, c.entry, c.match === 'discovered' ? 'discovered' : 'acronym', 'groups.doc-acronym', 0.9, { id: 'document-acronym' });
  }
}

/** True when the acronym's letters are a subsequence of the name's word initials, starting with the first. */
export function initialsFit(acr: string, name: string): boolean {
  const initials = (name.match(/\p{L}+/gu) ?? []).map((w) => w[0]!.toUpperCase()).join('');
  const letters = acr.toUpperCase();
  if (letters[0] !== initials[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k === letters.length;
}
