// Rule data of the casualties extractor, separate from the engine (engine.ts): qualifiers, number
// words, vague quantities, category nouns, outcome words and toll triggers. Everything lower-case.
import type { CasualtyCategory, CasualtyOutcome, CasualtyQualifier } from './types.js';

/** Qualifier phrases before a figure. `inSpan: false` = not part of the mention span ("a total of"). */
export const QUALIFIERS: ReadonlyArray<{ phrase: string; qualifier: CasualtyQualifier | 'as_many_as'; inSpan?: false }> = [
  { phrase: 'a total of', qualifier: 'exact', inSpan: false },
  { phrase: 'at least', qualifier: 'at_least' },
  { phrase: 'no fewer than', qualifier: 'at_least' },
  { phrase: 'no less than', qualifier: 'at_least' },
  { phrase: 'not less than', qualifier: 'at_least' },
  { phrase: 'a minimum of', qualifier: 'at_least' },
  { phrase: 'more than', qualifier: 'more_than' },
  { phrase: 'well over', qualifier: 'more_than' },
  { phrase: 'well above', qualifier: 'more_than' },
  { phrase: 'just over', qualifier: 'more_than' },
  { phrase: 'just under', qualifier: 'less_than' },
  { phrase: 'over', qualifier: 'more_than' },
  { phrase: 'upwards of', qualifier: 'more_than' },
  { phrase: 'in excess of', qualifier: 'more_than' },
  { phrase: 'less than', qualifier: 'less_than' },
  { phrase: 'fewer than', qualifier: 'less_than' },
  { phrase: 'nearly', qualifier: 'nearly' },
  { phrase: 'almost', qualifier: 'nearly' },
  { phrase: 'close to', qualifier: 'nearly' },
  { phrase: 'about', qualifier: 'approx' },
  { phrase: 'around', qualifier: 'approx' },
  { phrase: 'approximately', qualifier: 'approx' },
  { phrase: 'roughly', qualifier: 'approx' },
  { phrase: 'some', qualifier: 'approx' },
  { phrase: 'an estimated', qualifier: 'approx' },
  { phrase: 'estimated', qualifier: 'approx' },
  { phrase: 'up to', qualifier: 'up_to' },
  { phrase: 'as many as', qualifier: 'as_many_as' },
  { phrase: 'as high as', qualifier: 'as_many_as' },
];

/** Vague quantities: a count (best guess), and the range the word allows. Always `inferred.count`. */
export const VAGUE: ReadonlyArray<{ phrase: string; count: number; low: number; high: number }> = [
  { phrase: 'a quarter of a million', count: 250_000, low: 250_000, high: 250_000 },
  { phrase: 'quarter of a million', count: 250_000, low: 250_000, high: 250_000 },
  { phrase: 'half a million', count: 500_000, low: 500_000, high: 500_000 },
  { phrase: 'hundreds of thousands', count: 200_000, low: 200_000, high: 999_999 },
  { phrase: 'tens of thousands', count: 20_000, low: 20_000, high: 99_999 },
  { phrase: 'half a dozen', count: 6, low: 6, high: 6 },
  { phrase: 'a dozen', count: 12, low: 12, high: 12 },
  { phrase: 'dozens', count: 24, low: 24, high: 99 },
  { phrase: 'scores', count: 40, low: 40, high: 99 },
  { phrase: 'hundreds', count: 200, low: 200, high: 999 },
  { phrase: 'thousands', count: 2000, low: 2000, high: 9999 },
];

/** Head nouns of the counted people. Police and security forces count as `military` (state forces). */
export const CATEGORY_NOUNS: Readonly<Record<CasualtyCategory, readonly string[]>> = {
  civilians: [
    'civilian', 'civilians', 'resident', 'residents', 'inhabitants', 'villagers', 'non-combatants', 'noncombatants',
    'refugees', 'worshippers', 'worshipers', 'students', 'journalists', 'journalist', 'reporters', 'doctors', 'medics',
    'nurses', 'paramedics', 'rescuers', 'aid workers', 'volunteers', 'patients', 'farmers', 'workers', 'pilgrims',
    'passengers', 'shoppers', 'protesters', 'demonstrators', 'citizens', 'teachers', 'engineers', 'employees',
    'civil defence workers', 'civil defense workers', 'rescue workers', 'medical staff', 'health workers', 'medical workers',
  ],
  children: ['children', 'child', 'kids', 'minors', 'infants', 'infant', 'babies', 'baby', 'toddlers', 'boys', 'boy', 'girls', 'girl', 'schoolchildren', 'pupils', 'teenagers', 'teenager'],
  women: ['women', 'woman'],
  military: [
    'soldier', 'soldiers', 'serviceman', 'servicemen', 'servicemembers', 'service members', 'troops', 'officers', 'officer',
    'personnel', 'guards', 'border guards', 'marines', 'conscripts', 'pilots', 'policemen', 'police officers', 'policeman',
    'security forces', 'security personnel', 'army personnel', 'military personnel', 'military advisers', 'military advisors',
    'servicewomen', 'troopers', 'gendarmes', 'sailors', 'airmen', 'paratroopers', 'commandos', 'peacekeepers',
  ],
  militants: [
    'militant', 'militants', 'fighter', 'fighters', 'rebel', 'rebels', 'insurgents', 'insurgent', 'terrorists', 'terrorist',
    'jihadists', 'jihadist', 'gunmen', 'gunman', 'militiamen', 'extremists', 'mercenaries', 'combatants', 'islamists',
    'bombers', 'attackers', 'snipers',
  ],
  people: ['people', 'persons', 'person', 'individuals', 'others', 'men', 'man', 'victims', 'syrians', 'martyrs', 'bodies', 'deaths', 'fatalities', 'dead', 'injuries', 'members', 'detainees', 'prisoners', 'hostages', 'forces', 'loyalists', 'elements',
    'foreigners', 'nationals', 'kurds', 'christians', 'assyrians', 'alawites', 'iraqis', 'russians', 'turks', 'iranians',
    'afghans', 'palestinians', 'armenians', 'yazidis', 'shiites', 'sunnis', 'americans', 'europeans',
    'officials', 'commanders', 'commander', 'leaders', 'leader', 'tribesmen', 'relatives', 'defectors', 'recruits'],
};

/** Multi-word nouns that map to one category ("women and children" = civilians). */
export const CATEGORY_PHRASES: ReadonlyArray<{ phrase: string; category: CasualtyCategory }> = [
  { phrase: 'women and children', category: 'civilians' },
  { phrase: 'children and women', category: 'civilians' },
];

/** Nouns that state the outcome themselves ("70 deaths", "12 martyrs", "20 bodies"). */
export const OUTCOME_NOUNS: Readonly<Record<string, CasualtyOutcome>> = {
  deaths: 'killed', fatalities: 'killed', dead: 'killed', martyrs: 'killed', bodies: 'killed', injuries: 'wounded',
};

/**
 * Modifiers that give a category to a neutral noun ("10 civilian deaths", "38 regime forces",
 * "20 opposition members"). Armed-but-unspecified nouns (forces, members, elements) default to
 * `people` when no modifier decides; "forces" alone defaults to `military` (NEUTRAL_DEFAULTS).
 */
export const CATEGORY_ADJECTIVES: Readonly<Record<string, CasualtyCategory>> = {
  civilian: 'civilians', military: 'military', army: 'military', child: 'children', rebel: 'militants', militant: 'militants', armed: 'militants', terrorist: 'militants',
};

/** Nouns of armed people whose side only a modifier tells ("38 regime forces", "20 opposition members", "a Nusra commander"). */
export const ARMED_NEUTRAL_NOUNS = new Set(['forces', 'members', 'elements', 'loyalists', 'men', 'commander', 'commanders', 'leader', 'leaders']);

/** Modifiers (or group names before/after "members of") that decide the side of an armed-neutral noun. */
export const ARMED_ADJECTIVES: Readonly<Record<string, CasualtyCategory>> = {
  regime: 'military', government: 'military', 'pro-government': 'military', 'pro-regime': 'military', 'pro-assad': 'military', security: 'military',
  opposition: 'militants', jihadist: 'militants', islamist: 'militants', insurgent: 'militants', kurdish: 'militants', is: 'militants', isis: 'militants', isil: 'militants', daesh: 'militants', nusra: 'militants',
};

export const NEUTRAL_DEFAULTS: Readonly<Record<string, CasualtyCategory>> = { forces: 'military' };

/** Outcome words after the figure (passive participles, adjectives, intransitive verbs). */
export const OUTCOME_WORDS: ReadonlyArray<{ phrase: string; outcome: CasualtyOutcome }> = [
  { phrase: 'shot dead', outcome: 'killed' },
  { phrase: 'shot and killed', outcome: 'killed' },
  { phrase: 'burned to death', outcome: 'killed' },
  { phrase: 'burnt to death', outcome: 'killed' },
  { phrase: 'lost their lives', outcome: 'killed' },
  { phrase: 'killed', outcome: 'killed' },
  { phrase: 'dead', outcome: 'killed' },
  { phrase: 'died', outcome: 'killed' },
  // "which resulted in 56 civilians dying"
  { phrase: 'dying', outcome: 'killed' },
  { phrase: 'perished', outcome: 'killed' },
  { phrase: 'slain', outcome: 'killed' },
  { phrase: 'murdered', outcome: 'killed' },
  { phrase: 'massacred', outcome: 'killed' },
  { phrase: 'executed', outcome: 'killed' },
  { phrase: 'beheaded', outcome: 'killed' },
  { phrase: 'martyred', outcome: 'killed' },
  { phrase: 'wounded', outcome: 'wounded' },
  { phrase: 'injured', outcome: 'wounded' },
  { phrase: 'hurt', outcome: 'wounded' },
  { phrase: 'maimed', outcome: 'wounded' },
  { phrase: 'missing', outcome: 'missing' },
  { phrase: 'unaccounted for', outcome: 'missing' },
  { phrase: 'taken prisoner', outcome: 'captured' },
  { phrase: 'taken hostage', outcome: 'captured' },
  { phrase: 'taken captive', outcome: 'captured' },
  { phrase: 'kidnapped', outcome: 'captured' },
  { phrase: 'abducted', outcome: 'captured' },
  { phrase: 'captured', outcome: 'captured' },
  // The military idiom (Russian MoD, SANA): only with armed people (ARMED_OUTCOME_WORDS).
  { phrase: 'destroyed', outcome: 'killed' },
  { phrase: 'eliminated', outcome: 'killed' },
  { phrase: 'neutralised', outcome: 'killed' },
  { phrase: 'neutralized', outcome: 'killed' },
  { phrase: 'liquidated', outcome: 'killed' },
  { phrase: 'annihilated', outcome: 'killed' },
  { phrase: 'wiped out', outcome: 'killed' },
];

/**
 * Outcome words and active verbs that mean killing only of fighters ("eliminated 60 terrorists",
 * "80 fighters were destroyed"): "destroyed 17 vehicles" and "eliminated 3 checkpoints" are not
 * casualties, so the counted noun must be military or militants.
 */
export const ARMED_OUTCOME_WORDS: ReadonlySet<string> = new Set([
  'destroyed', 'destroying', 'destroy', 'destroys', 'eliminated', 'eliminating', 'eliminate', 'eliminates',
  'neutralised', 'neutralized', 'neutralising', 'neutralizing', 'neutralise', 'neutralize',
  'liquidated', 'liquidating', 'liquidate', 'annihilated', 'annihilating', 'wiped out', 'wiping out',
]);

/** Intransitive forms that need no auxiliary even at a distance ("... soldiers of the army died"). */
export const FINITE_OUTCOMES = new Set(['died', 'perished', 'lost their lives']);

/** Active verbs right before the figure ("killing 12 civilians", "claimed the lives of 20 people"). */
export const ACTIVE_VERBS: ReadonlyArray<{ phrase: string; outcome: CasualtyOutcome; nounOnly?: true }> = [
  { phrase: 'claimed the lives of', outcome: 'killed' },
  { phrase: 'claiming the lives of', outcome: 'killed' },
  { phrase: 'took the lives of', outcome: 'killed' },
  { phrase: 'taking the lives of', outcome: 'killed' },
  { phrase: 'the deaths of', outcome: 'killed' },
  { phrase: 'the killing of', outcome: 'killed' },
  { phrase: 'the bodies of', outcome: 'killed' },
  { phrase: 'killed', outcome: 'killed' },
  { phrase: 'killing', outcome: 'killed' },
  { phrase: 'kills', outcome: 'killed' },
  { phrase: 'kill', outcome: 'killed' },
  { phrase: 'executed', outcome: 'killed' },
  { phrase: 'executing', outcome: 'killed' },
  { phrase: 'execute', outcome: 'killed' },
  { phrase: 'executes', outcome: 'killed' },
  { phrase: 'massacred', outcome: 'killed' },
  { phrase: 'massacre', outcome: 'killed' },
  { phrase: 'massacres', outcome: 'killed' },
  { phrase: 'massacring', outcome: 'killed' },
  { phrase: 'slaughtered', outcome: 'killed' },
  { phrase: 'slaughtering', outcome: 'killed' },
  { phrase: 'wounded', outcome: 'wounded' },
  { phrase: 'wounding', outcome: 'wounded' },
  { phrase: 'wounds', outcome: 'wounded' },
  { phrase: 'injured', outcome: 'wounded' },
  { phrase: 'injuring', outcome: 'wounded' },
  { phrase: 'injures', outcome: 'wounded' },
  { phrase: 'kidnapped', outcome: 'captured' },
  { phrase: 'kidnapping', outcome: 'captured' },
  { phrase: 'abducted', outcome: 'captured' },
  { phrase: 'abducting', outcome: 'captured' },
  { phrase: 'captured', outcome: 'captured' },
  { phrase: 'capturing', outcome: 'captured' },
  // "claimed (the lives of) more than 100 civilians": without "the lives of", only before a counted noun.
  { phrase: 'claimed', outcome: 'killed', nounOnly: true },
  { phrase: 'claiming', outcome: 'killed', nounOnly: true },
  { phrase: 'claims', outcome: 'killed', nounOnly: true },
  ...[...ARMED_OUTCOME_WORDS].map((phrase) => ({ phrase, outcome: 'killed' as const })),
];

/** "left N people dead": verb before, outcome adjective after the noun. */
export const LEAVE_VERBS = ['left', 'leaving', 'leaves', 'leave'];

/** Nouns that make a following figure a death toll ("the death toll rose to 70", "losses ... stand at 153"). */
export const TOLL_TRIGGERS = ['death toll', 'toll', 'losses', 'loss of life', 'number of dead', 'number of deaths', 'number of victims', 'number of fatalities', 'number of those killed', 'number of people killed', 'fatalities', 'deaths'];

/** Words that end the clause when scanning right from a figure to its outcome verb. */
export const CLAUSE_BREAKERS = ['but', 'while', 'whereas', 'which', 'that', 'where', 'when', 'after', 'before', 'because', 'although', 'since', 'said', 'says', 'according', 'if', 'unless', 'whom'];

/** Words that may not stand between a number and its category noun. */
export const NOT_MODIFIERS = new Set([
  'and', 'or', 'of', 'in', 'on', 'at', 'from', 'to', 'by', 'with', 'for', 'into', 'the', 'a', 'an', 'who', 'that', 'which',
  'were', 'was', 'is', 'are', 'have', 'has', 'had', 'been', 'be', 'will', 'would', 'not', 'than', 'percent', 'per', 'cent',
  'years', 'year', 'days', 'day', 'hours', 'hour', 'weeks', 'week', 'months', 'month', 'times', 'km', 'kilometers',
  'kilometres', 'miles', 'meters', 'metres', 'tons', 'tonnes', 'units', 'groups', 'localities', 'settlements',
  'violations', 'targets', 'villages', 'towns', 'such', 'these', 'those', 'their', 'its', 'his', 'her',
  'including', 'among',
]);
