// The claims rules as ordered data: every rule id stored on an item is declared here with what it
// matches, the stage that applies it and the kind it yields; rules that own a pattern carry it.
// The engine asks `rule(id)` for an id, so an undeclared id fails at load, and a duplicate id fails
// validation (test/rules-data.test.ts).
import { z } from 'zod';
import type { ClaimKind } from './types.js';

export type ClaimStage = 'direct' | 'headline' | 'indirect' | 'noun' | 'author';

export interface ClaimRule {
  id: string;
  description: string;
  stage: ClaimStage;
  /** The kind the rule yields (indirect rules become `mixed` when the content holds a quotation). */
  kind: ClaimKind;
  pattern?: RegExp;
}

const ruleSchema = z
  .object({
    id: z.string().regex(/^claims\.[a-z][a-z-]*$/),
    description: z.string().min(1),
    stage: z.enum(['direct', 'headline', 'indirect', 'noun', 'author']),
    kind: z.enum(['direct', 'indirect', 'mixed', 'author']),
    pattern: z.instanceof(RegExp).optional(),
  })
  .strict();

export const claimRules: readonly ClaimRule[] = [
  // quotations (direct.ts)
  { id: 'claims.quote-said', stage: 'direct', kind: 'direct', description: '"…," Smith said / "…," he added',
    // end of the attribution after a quotation: not the period of "Rep." / "Mr." / "D-N.C."
    pattern: /[;!?“"]|''|[\s\u00A0]—|(?<!\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Jr|Sr|Inc|Co|Corp|[A-Z]))\.(?=[\s\u00A0]|$)/u },
  { id: 'claims.quote-said-inverted', stage: 'direct', kind: 'direct', description: '"…," said Sen. John Smith, a spokesman for …' },
  { id: 'claims.quote-dash-name', stage: 'direct', kind: 'direct', description: 'an attribution line: “…” ― Sonya Herridge (the name ends the paragraph)',
    pattern: /^[\s\u00A0]*[―—–]/u },
  { id: 'claims.said-colon-quote', stage: 'direct', kind: 'direct', description: 'Antonov added: "…" (also a colon ending the previous paragraph)' },
  { id: 'claims.quote-continued', stage: 'direct', kind: 'direct', description: 'a sentence-initial quotation without a cue after a direct claim: same speaker, cue null' },
  // headlines (direct.ts)
  { id: 'claims.headline-verb', stage: 'headline', kind: 'indirect', description: 'only with objectContent (PolNeAR): Title Case headline "New Poll Shows Minor Post-Debate Bump For Clinton" (source = capitalised words before a 3sg/past cue form, content = the rest)' },
  { id: 'claims.headline-colon', stage: 'headline', kind: 'indirect', description: 'title "Pat Caddell: Democrat Voters Worried …": the colon is the cue',
    pattern: /^(?<src>\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){0,3}):[\s\u00A0]+/u },
  { id: 'claims.headline-trailer', stage: 'headline', kind: 'indirect', description: 'scraped wire headline with its source and no cue: "… after gas attack: activists." / "… near Syria hospital Monitor AFP"',
    pattern: /^(?<date>(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[\s\u00A0]+)?\d{1,2}[\s\u00A0]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[\s\u00A0]+\d{1,2})[\s\u00A0]+\d{4}[\s\u00A0]+)?(?<content>[^.:!?\n]{15,160}?)(?::[\s\u00A0]+(?<src>[\p{L}-]+(?:[\s\u00A0]+[\p{L}-]+){0,2})\.|[\s\u00A0]+(?<src2>Monitor|Activists|Observatory|Report|Officials?|Sources?|Rebels|Police|Army|Military|State[\s\u00A0]+media|Media|Medics|Doctors|Witnesses|Residents)[\s\u00A0]+AFP\b)/u },
  // cue verbs in sentences (indirect.ts)
  { id: 'claims.said-that', stage: 'indirect', kind: 'indirect', description: 'X said (on Monday / in a statement) that CLAUSE; told reporters that' },
  { id: 'claims.said-clause', stage: 'indirect', kind: 'indirect', description: 'X said CLAUSE (say/tell/add any clause; other clause verbs when a finite verb shows)' },
  { id: 'claims.said-quote', stage: 'indirect', kind: 'mixed', description: 'X said/says/told “…” with no colon or comma before the quotation: the quotation and the rest of the sentence are the content' },
  { id: 'claims.raising', stage: 'indirect', kind: 'indirect', description: 'only with objectContent (PolNeAR): X seems/appears to … / X seemed stable / X is expected to …: no source, content = the subject through the end of the sentence, cue = the verb' },
  { id: 'claims.vowed-to', stage: 'indirect', kind: 'indirect', description: 'X vowed/refused/promised to VERB … (learned infinitival frame)' },
  { id: 'claims.prep-saying', stage: 'indirect', kind: 'indirect', description: 'X responded … by/for/from saying (that) CLAUSE: the source is the NP opening the sentence' },
  { id: 'claims.verb-object', stage: 'indirect', kind: 'indirect', description: 'X criticized/cited/urged NP … (learned verbs whose training contents are noun phrases)' },
  { id: 'claims.clause-said', stage: 'indirect', kind: 'indirect', description: 'CLAUSE, X said.' },
  { id: 'claims.clause-said-inverted', stage: 'indirect', kind: 'indirect', description: 'CLAUSE, said X.' },
  { id: 'claims.clause-said-mid', stage: 'indirect', kind: 'indirect', description: 'A, X said, B (content = the sentence)' },
  { id: 'claims.as-said', stage: 'indirect', kind: 'indirect', description: 'As I have already said, CLAUSE' },
  { id: 'claims.adding-that', stage: 'indirect', kind: 'indirect', description: '…, adding that CLAUSE (speaker of the clause before)' },
  { id: 'claims.saying-clause', stage: 'indirect', kind: 'indirect', description: '…, saying CLAUSE (speaker of the clause before)' },
  // wire copy with commas stripped (wire.ts)
  { id: 'claims.wire-clause-said', stage: 'indirect', kind: 'indirect', description: 'stripped wire copy: CLAUSE a monitor said.' },
  { id: 'claims.wire-clause-said-inverted', stage: 'indirect', kind: 'indirect', description: 'stripped wire copy: CLAUSE said observatory head Rami Abdel Rahman.' },
  { id: 'claims.wire-according-to', stage: 'noun', kind: 'indirect', description: 'stripped wire copy: According to the Observatory CLAUSE' },
  { id: 'claims.wire-clause-according-to', stage: 'noun', kind: 'indirect', description: 'stripped wire copy: CLAUSE according to the Observatory.' },
  // noun cues (indirect.ts)
  { id: 'claims.noun-possessive', stage: 'noun', kind: 'indirect', description: 'only with objectContent (PolNeAR): a possessor + learned nominal cue + link: his claim that CLAUSE / Trump’s attacks on NP / her decision to VERB … (nouns and links learned from train, learned-cues.json nouns)' },
  { id: 'claims.according-to', stage: 'noun', kind: 'indirect', description: 'According to X, CLAUSE' },
  { id: 'claims.according-to-which', stage: 'noun', kind: 'indirect', description: 'NP, according to which CLAUSE (the NP before the comma is the source)' },
  { id: 'claims.clause-according-to', stage: 'noun', kind: 'indirect', description: 'CLAUSE, according to X' },
  // author claims (author.ts)
  { id: 'claims.author-statement', stage: 'author', kind: 'author', description: 'ministry statement: every body paragraph, speaker null' },
  { id: 'claims.author-turn', stage: 'author', kind: 'author', description: 'transcript: each paragraph of a speaker turn ("Sergey Lavrov: …")',
    pattern: /^["“]?(?<label>\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){0,3})(?:[\s\u00A0]*\([^)]{0,120}\))?:[\s\u00A0]+/u },
];

/** Validates the rule list (strict schema, unique ids); returns it indexed by id. */
export function validateClaimRules(rules: readonly unknown[]): ReadonlyMap<string, ClaimRule> {
  const byId = new Map<string, ClaimRule>();
  for (const r of z.array(ruleSchema).parse(rules)) {
    if (byId.has(r.id)) throw new Error(`duplicate claims rule id ${r.id}`);
    byId.set(r.id, r as ClaimRule);
  }
  return byId;
}

const byId = validateClaimRules(claimRules);

/** A declared rule (throws on an undeclared id, so the engine cannot emit an unknown rule id). */
export function rule(id: string): ClaimRule {
  const r = byId.get(id);
  if (!r) throw new Error(`undeclared claims rule ${id}`);
  return r;
}

/** The pattern a rule owns. */
export function patternOf(id: string): RegExp {
  const p = rule(id).pattern;
  if (!p) throw new Error(`claims rule ${id} has no pattern`);
  return p;
}
