// Rule data of the claims extractor (kept apart from the engine): cue verbs with their forms,
// noun cues, title words, pronouns, organisation heads. Extend here, not in the engine.

/**
 * Verb cues by base form. `clause`: the verb takes a bare reported clause ("said the talks failed");
 * otherwise a that-clause (or a quotation) is required ("stressed that …", not "stressed the need").
 */
export interface CueVerb {
  base: string;
  /** Irregular or non-regular forms: [3sg, past, -ing] (past doubles as participle unless `participle`). */
  forms?: [string, string, string];
  participle?: string;
  clause?: boolean;
}

export const cueVerbs: readonly CueVerb[] = [
  { base: 'say', forms: ['says', 'said', 'saying'], clause: true },
  { base: 'tell', forms: ['tells', 'told', 'telling'], clause: true },
  { base: 'add', clause: true },
  { base: 'claim', clause: true },
  { base: 'warn', clause: true },
  { base: 'insist', clause: true },
  { base: 'believe', clause: true },
  { base: 'think', forms: ['thinks', 'thought', 'thinking'], clause: true },
  { base: 'argue', clause: true },
  { base: 'contend', clause: true },
  { base: 'assert', clause: true },
  { base: 'allege', clause: true },
  { base: 'write', forms: ['writes', 'wrote', 'writing'], participle: 'written', clause: true },
  { base: 'state' },
  { base: 'stress' },
  { base: 'note' },
  { base: 'remind' },
  { base: 'announce' },
  { base: 'explain' },
  { base: 'emphasize' },
  { base: 'emphasise' },
  { base: 'underline' },
  { base: 'point', forms: ['points', 'pointed', 'pointing'] },
  { base: 'declare' },
  { base: 'report' },
  { base: 'confirm' },
  { base: 'deny', forms: ['denies', 'denied', 'denying'] },
  { base: 'acknowledge' },
  { base: 'admit', forms: ['admits', 'admitted', 'admitting'] },
  { base: 'suggest' },
  { base: 'predict' },
  { base: 'estimate' },
  { base: 'recall' },
  { base: 'reiterate' },
  { base: 'indicate' },
  { base: 'complain' },
  { base: 'charge' },
  { base: 'agree', forms: ['agrees', 'agreed', 'agreeing'] },
  { base: 'conclude' },
  { base: 'find', forms: ['finds', 'found', 'finding'] },
  { base: 'show', forms: ['shows', 'showed', 'showing'], participle: 'shown' },
  { base: 'reveal' },
  { base: 'learn', forms: ['learns', 'learned', 'learning'] },
  { base: 'observe' },
  { base: 'promise' },
  { base: 'pledge' },
  { base: 'vow' },
  { base: 'hope' },
  { base: 'fear' },
  { base: 'worry', forms: ['worries', 'worried', 'worrying'] },
  { base: 'expect' },
  { base: 'know', forms: ['knows', 'knew', 'knowing'], participle: 'known' },
  { base: 'feel', forms: ['feels', 'felt', 'feeling'] },
  { base: 'testify', forms: ['testifies', 'testified', 'testifying'] },
  { base: 'respond' },
  { base: 'reply', forms: ['replies', 'replied', 'replying'] },
  { base: 'tweet' },
  { base: 'demonstrate' },
  { base: 'mention' },
  { base: 'concede', clause: true },
  { base: 'joke', clause: true },
  { base: 'quip', forms: ['quips', 'quipped', 'quipping'], clause: true },
  { base: 'counter', clause: true },
  { base: 'boast', clause: true },
  { base: 'brag', forms: ['brags', 'bragged', 'bragging'], clause: true },
  { base: 'maintain', clause: true },
  { base: 'lament' },
  { base: 'retort' },
  { base: 'speculate' },
  { base: 'assure' },
  { base: 'inform' },
  { base: 'disclose' },
  { base: 'hint' },
  { base: 'signal' },
  { base: 'realize' },
  { base: 'realise' },
  { base: 'understand', forms: ['understands', 'understood', 'understanding'] },
  { base: 'assume' },
  { base: 'notice' },
  { base: 'discover' },
  { base: 'hear', forms: ['hears', 'heard', 'hearing'] },
  { base: 'guess' },
  { base: 'doubt' },
  { base: 'imply', forms: ['implies', 'implied', 'implying'] },
  { base: 'proclaim' },
  { base: 'recount' },
  { base: 'caution' },
  { base: 'recognize' },
  { base: 'forecast', forms: ['forecasts', 'forecast', 'forecasting'] },
  { base: 'determine' },
];

/** Auxiliaries that may sit between the source and the cue ("has said", "would later tell", "is hoping"; a be-form only before an -ing form). */
export const cueAuxiliaries = ['is', 'are', 'was', 'were', 'been', 'am', 'has', 'have', 'had', 'also', 'later', 'then', 'again', 'previously', 'earlier', 'repeatedly', 'would', 'will', 'did', 'does', 'once', 'already', 'often', 'publicly', 'recently', 'further', 'not', 'never'];

/** Noun-phrase cues that precede their source: "according to X", "in the words of X". */
export const nounCues = ['according to', 'in the words of', 'as reported by', 'citing'];

/**
 * Title and description words: inside a source NP before a name ("Deputy Defense Minister Anatoly
 * Antonov"), or the head of a description resolved by coreference ("the minister").
 */
export const titleWords = new Set([
  'minister', 'deputy', 'foreign', 'defense', 'defence', 'president', 'vice', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'general', 'lieutenant', 'colonel', 'major', 'chief', 'head', 'director',
  'senator', 'sen.', 'rep.', 'gov.', 'governor', 'mayor', 'candidate', 'nominee', 'chairman', 'chairwoman', 'chair',
  'leader', 'official', 'officials', 'representative', 'commander', 'prime', 'premier', 'adviser', 'advisor',
  'aide', 'manager', 'campaign', 'press', 'first', 'lady', 'former', 'democratic', 'republican', 'presidential',
  'u.s.', 'us', 'russian', 'syrian', 'american', 'state', 'senior', 'special', 'dr.', 'mr.', 'mrs.', 'ms.', 'gen.',
  'lt.', 'col.', 'speaker', 'house', 'senate', 'white', 'department', 'analyst', 'expert', 'professor', 'author',
  'columnist', 'reporter', 'correspondent', 'pollster', 'strategist', 'attorney', 'justice', 'judge', 'economist',
  'ceo', 'founder', 'executive', 'operations', 'main', 'staff', 'military', 'army', 'national', 'security', 'council',
  'intelligence', 'director-general', 'un', 'u.n.', 'republican-nominee', 'democrat', 'businessman', 'host', 'anchor',
  'coordinator', 'regional', 'humanitarian', 'commissioner', 'rapporteur', 'negotiator', 'mediator', 'emissary',
]);

/** Heads of organisation descriptions ("the ministry", "the campaign"). */
export const organisationHeads = new Set([
  'ministry', 'department', 'campaign', 'committee', 'office', 'government', 'agency', 'staff', 'center', 'centre',
  'council', 'administration', 'service', 'army', 'command', 'coalition', 'embassy', 'commission', 'organization',
  'organisation', 'group', 'party', 'company', 'poll', 'survey', 'study', 'report', 'newspaper', 'post', 'times',
  'journal', 'network', 'team', 'union', 'kremlin', 'pentagon', 'moscow', 'washington', 'damascus', 'white house',
]);

export const personPronouns: Record<string, 'm' | 'f' | 'pl' | 'self' | 'rel'> = {
  he: 'm', she: 'f', they: 'pl', we: 'self', i: 'self', it: 'pl', who: 'rel',
};

/** Words that never start or belong to a source NP scanned backwards. */
export const speakerStopWords = new Set([
  'and', 'but', 'or', 'that', 'which', 'who', 'because', 'if', 'when', 'while', 'as', 'so', 'than', 'in', 'on', 'at',
  'to', 'with', 'by', 'from', 'after', 'before', 'since', 'also', 'not', 'is', 'was', 'are', 'were', 'be', 'been',
]);

/** Finite-verb evidence for a bare reported clause ("said the talks *had* failed"). */
export const finiteMarkers = /\b(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|won't|can't|isn't|wasn't|aren't|weren't|doesn't|didn't|hasn't|haven't|wouldn't|shouldn't|couldn't)\b|\b\w+(?:ed|es)\b|’s\b|'s\b|\b(?:wants?|needs?|knows?|thinks?|believes?|says?|goes|gets?|makes?)\b/i;

/** Unnamed-source and group heads ("sources said", "a senior official told"). */
export const peopleNouns = new Set([
  'source', 'sources', 'official', 'officials', 'expert', 'experts', 'analyst', 'analysts', 'critic', 'critics',
  'supporter', 'supporters', 'voter', 'voters', 'resident', 'residents', 'witness', 'witnesses', 'police', 'aide',
  'aides', 'people', 'democrats', 'republicans', 'observer', 'observers', 'diplomat', 'diplomats', 'lawmaker',
  'lawmakers', 'adviser', 'advisers', 'activist', 'activists', 'authorities', 'data', 'polls', 'statement',
  'document', 'documents', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'reporters',
  'journalists', 'members', 'member', 'leaders', 'candidate', 'man', 'woman', 'others', 'many', 'some', 'both',
  'surveys', 'studies', 'reports', 'records', 'figures', 'numbers', 'results', 'research', 'researchers', 'scientists',
  'economists', 'investigators', 'prosecutors', 'lawyers', 'lawyer', 'attorney', 'attorneys', 'agencies', 'media',
  'side', 'sides', 'parties', 'delegation', 'delegations', 'veterans', 'women', 'men', 'americans', 'citizens',
]);

export const determiners = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'several', 'two', 'three', 'four',
  'other', 'another', 'one', 'top', 'local', 'most', 'few', 'these', 'those', 'this', 'that', 'both', 'all', 'new',
  'recent', 'latest', 'unnamed', 'anonymous', 'senior', 'u.s.', 'federal', 'western', 'independent', 'government',
  'military', 'foreign', 'russian', 'syrian', 'american', 'opposition', 'republican', 'democratic', 'campaign', 'police',
  'intelligence', 'security', 'national', 'state', 'public', 'private', 'election', 'polling', 'cnn', 'nbc', 'abc',
  'news', 'media', 'local', 'rights', 'human', 'medical', 'civil', 'defence', 'defense', 'rescue', 'monitoring',
]);

/** Capitalised sentence openers that are not part of a source NP. */
export const openerWords = new Set([
  'but', 'and', 'so', 'also', 'however', 'meanwhile', 'then', 'still', 'yet', 'now', 'later', 'earlier', 'in', 'on', 'at',
  'last', 'this', 'that', 'when', 'while', 'if', 'as', 'after', 'before', 'since', 'because', 'although', 'though',
  'instead', 'indeed', 'moreover', 'furthermore', 'previously', 'separately', 'today', 'yesterday', 'asked', 'speaking',
  'there', 'here', 'what', 'why', 'how', 'where', 'for', 'with', 'from', 'by', 'of', 'to', 'about', 'not', 'only',
  'even', 'just', 'apart',
]);

/** Descriptors inside an organization description that are not names ("the British-based observatory"). */
export const descriptorWords = new Set(['british', 'britain', 'uk', 'u.k.', 'london', 'coventry', 'monitoring', 'human', 'rights', 'war', 'syria', 'opposition', 'activist']);

/**
 * Heads of organization descriptions resolved to an earlier (or, in a lede, later) organization,
 * with the gazetteer types they fit: "the monitor" → the Syrian Observatory.
 */
export const orgDescriptions: Readonly<Record<string, readonly string[]>> = {
  monitor: ['ngo'], monitors: ['ngo'], observatory: ['ngo'], watchdog: ['ngo'],
  group: ['ngo', 'armed-group', 'coalition', 'opposition-body', 'political-party', 'military-coalition'],
  organization: ['ngo', 'international-organization', 'international-body'], organisation: ['ngo', 'international-organization', 'international-body'], agency: ['news-agency', 'government-body', 'international-organization'],
};
