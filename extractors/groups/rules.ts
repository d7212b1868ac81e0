// Rule data of the context rules (engine in context.ts, discovery.ts, credits.ts): which head nouns
// refer back to a named body, which heads and prefixes make an unknown organisation name, and in
// which contexts a news organisation is a credit line rather than a mention.

export interface HeadRule {
  id: string;
  description: string;
  heads: string[];
}

/**
 * Head nouns that stand for a body named earlier in the document: capitalised ("the Observatory",
 * "the Group") they are names (annotated in gold); lower-case ("the ministry") they are
 * coreferences. Resolved only when exactly one named body so far has that head.
 */
export const BACKREF_HEADS: HeadRule = {
  id: 'groups.backref',
  description: 'last word of a named body, used alone after "the"',
  heads: ['Observatory', 'Coalition', 'Committee', 'Commission', 'Council', 'Network', 'Group', 'Organization', 'Organisation', 'Agency', 'Ministry', 'Court', 'Assembly', 'Mechanism', 'Movement', 'Centre', 'Center', 'Legion', 'Brigade', 'Division', 'Front', 'Army', 'Party'],
};

/** Lower-case heads that may corefer ("the ministry said") — recorded as `coreference`, not as names. */
export const COREF_HEADS: HeadRule = {
  id: 'groups.coreference',
  description: 'lower-case head noun after "the" with one named body of that head in context',
  heads: ['ministry', 'coalition', 'observatory', 'committee', 'commission', 'council', 'agency', 'organization', 'organisation', 'network', 'movement', 'front', 'group'],
};

/** Heads of organisation-like names (discovery of names missing from the gazetteer). */
export const DISCOVERY_HEADS: HeadRule = {
  id: 'groups.discovered-head',
  description: 'capitalised name ending in an organisational head noun',
  heads: ['Brigade', 'Brigades', 'Battalion', 'Battalions', 'Army', 'Front', 'Movement', 'Council', 'Committee', 'Commission', 'Ministry', 'Agency', 'Division', 'Legion', 'Corps', 'Forces', 'Regiment', 'Command', 'Organization', 'Organisation', 'Party', 'Union', 'Coalition', 'Network', 'Observatory', 'Foundation', 'Society', 'Association', 'Authority', 'Directorate', 'Office', 'Gathering', 'Alliance', 'Federation', 'Militia', 'Militias', 'Group', 'Centre', 'Center', 'Institute'],
};

/** Arabic (and Kurdish) prefixes that open a faction name: "Liwa al-…", "Jaish …". */
export const DISCOVERY_PREFIXES: HeadRule = {
  id: 'groups.discovered-prefix',
  description: 'faction name opened by an Arabic organisational noun',
  heads: ['Liwa', 'Liwaa', 'Jaish', 'Jaysh', 'Jeish', 'Harakat', 'Haraket', 'Faylaq', 'Failaq', 'Kataib', "Kata'ib", 'Katibat', 'Katiba', 'Saraya', 'Jabhat', 'Jebhat', 'Ansar', 'Jund', 'Firqat', 'Tajammu', 'Tajamu', 'Alwiya', 'Ahrar', 'Quwat', 'Suqour', 'Usud', 'Fastaqim'],
};

/** Sentence-initial or temporal words that never open a discovered name. */
export const DISCOVERY_STOP = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'As', 'And', 'But', 'Meanwhile', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Related', 'Source', 'Photo', 'Tags', 'Topic', 'Last', 'Update', 'Posted', 'Get', 'Read', 'More']);

export interface CreditRule {
  id: string;
  description: string;
  /** Tested on the 60 characters before the mention. */
  before?: RegExp;
  /** Tested on the 40 characters after the mention. */
  after?: RegExp;
  /** The mention itself must be written in capitals ("REUTERS") while its name is not. */
  allCaps?: boolean;
  /** Applies to any organisation, not only news organisations ("(Source: Syrian Coalition)"). */
  anyType?: boolean;
  /** The mention must start within this many characters of the text's start (the header). */
  head?: number;
}

/**
 * A news organisation in a credit line is the text's source, not a group mentioned in it (as the
 * dateline agency "/TASS/." is excluded): "(With Reuters)", "(Reuters Photo)", "REUTERS/Name",
 * "MOSCOW (Sputnik)", "Posted … by Asharq Al-Awsat", "(Source: …)", a byline followed by a date.
 * Applied to types media and news-agency only. Ordered; the first rule that fits wins.
 */
export const CREDIT_RULES: CreditRule[] = [
  { id: 'groups.credit.source', description: '"(Source: Syrian Coalition)", "Source: SANA"', before: /(?:^|[(\s])(?:Source|source|Sources|SOURCE)\s*:\s*$/, anyType: true },
  { id: 'groups.credit.with', description: '"(With Reuters)", "Additional reporting by"', before: /\((?:\s*(?:with|With|Via|via)\s*)$|(?:reporting by|Reporting by|Compiled by|Photo:|photo:)\s*$/ },
  { id: 'groups.credit.parenthesis', description: '"(Reuters)", "(TRT World and Agencies)": the agency alone in parentheses', before: /\(\s*$/, after: /^\s*(?:(?:and|&)\s+(?:agencies|Agencies|AFP|Reuters|AP))?\s*\)/ },
  { id: 'groups.credit.signature', description: '"--Reuters" ending the text', before: /(?:--|[–—])\s*$/, after: /^\s*$/ },
  { id: 'groups.credit.footer', description: 'wire footer "Our Standards: The Thomson Reuters Trust Principles"', before: /Standards:\s*(?:The\s*)?$/ },
  { id: 'groups.credit.photo', description: '"(Reuters Photo)", "REUTERS/Maxim Shemetov", "AFP photo"', after: /^(?:\s*\/\s*\p{Lu}|\s+(?:Photo|photo|PHOTO)\b|\/[A-Z])/u },
  { id: 'groups.credit.dateline', description: '"MOSCOW (Sputnik)", "BEIRUT (AP)": agency in parentheses after a capitalised place', before: /\b\p{Lu}{3,}(?:[ ,]+\p{Lu}{2,})*\s*\(\s*$/u, after: /^\s*\)/ },
  { id: 'groups.credit.byline', description: '"Posted on July 20 2016 by Asharq Al-Awsat"', before: /\b(?:Posted|Published|Written)\b[^.]{0,50}\bby\s*$/ },
  { id: 'groups.credit.dated', description: 'a byline directly followed by a weekday and a date ("AFP Sunday 15 Feb 2015")', after: /^\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\s/ },
  { id: 'groups.credit.glued', description: 'the wire credit glued between the title and the story ("… near Syria hospital Monitor AFP A barrage of air strikes …")', head: 300, before: /\p{Lu}[\p{Ll}\d]* $/u, after: /^ \p{Lu}\p{Ll}* \p{Ll}/u },
  { id: 'groups.credit.caps', description: 'an agency name in capitals in mixed-case text ("REUTERS Rodi Said") is a photo or wire credit', allCaps: true },
];

/**
 * Page furniture glued into scraped text (FA-KES: lines joined): a label or a photo credit opens a
 * run of tags or headline words; organisations named inside the run are not mentions (gold §8).
 * `mode`: `tags` lets short lower-case tags through ("human rights", "barrel bombs"), `headline`
 * lets title-case function words through ("Fleeing Wrath of the Euphrates"). `until`: the run ends
 * after this pattern ("(180)" closes a topic label). `footer`: when this phrase follows with no
 * sentence end between, everything up to it is furniture (Sputnik's "Tags … Community standards").
 */
export interface FurnitureRule {
  id: string;
  description: string;
  /** The label (or credit) that opens the run, matched at a word boundary. */
  label: RegExp;
  /** Literal words one of which the label contains: texts without any skip the regex (a cheap substring search). */
  hints: string[];
  mode: 'tags' | 'headline';
  until?: RegExp;
  footer?: RegExp;
}

export const FURNITURE_RULES: FurnitureRule[] = [
  { id: 'groups.furniture.tags', description: '"Tags Syria Damascus … UN SOHR"', label: /\b(?:Tags|TAGS|Tags:)(?= )/g, hints: ['Tags', 'TAGS'], mode: 'tags', footer: /^[^.]{0,600}?Community standards/ },
  { id: 'groups.furniture.topic', description: '"Topic Battle Against Daesh in Syria (180)"', label: /\bTopic(?= \p{Lu})/gu, hints: ['Topic'], mode: 'headline', until: /^\s*\(\d+\)/ },
  { id: 'groups.furniture.related', description: '"… 440 Related US-Led Coalition Destroys …", "Related Coverage", "Related News"', label: /(?<=\d |^)Related(?: Coverage| News| Articles| Stories)?(?= )|\bRelated (?:Coverage|News|Articles|Stories)(?= )/g, hints: ['Related'], mode: 'headline' },
  { id: 'groups.furniture.photo', description: 'a photo credit, then a related headline: "AP Photo Daesh Leaders Fleeing …", "REUTERS Rodi Said Daesh Trying …"', label: /\b(?:AP|AFP|Reuters|REUTERS|Sputnik) Photo(?= )|\bREUTERS(?= \p{Lu})|(?<=[.!?"”] )(?:AFP|AP|Sputnik|Reuters)(?= \p{Lu}\p{Ll}+ \p{Lu})/gu, hints: ['AP', 'AFP', 'Reuters', 'REUTERS', 'Sputnik'], mode: 'headline' },
];

/** Lower-case words a title-case headline keeps in lower case. */
export const HEADLINE_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'as', 'into', 'near', 'over', 'after', 'against', 'amid', 'vs']);

/** Reporting verbs: a run that stops at one gives back the word before it, the story's subject ("… Explosion in Damascus Reuters reported"). */
export const REPORTING_VERBS = new Set(['said', 'says', 'reported', 'reports', 'told', 'added', 'announced', 'stated', 'claimed', 'confirmed', 'quoted', 'cited', 'citing', 'denied', 'warned']);

/** Words that open a sentence: a furniture run ends before the last of them (the story resumes). */
export const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'At', 'According', 'In', 'On', 'After', 'As', 'During', 'Since', 'While', 'When', 'Earlier', 'Meanwhile', 'This', 'These', 'Some', 'Almost', 'Dozens', 'Suspected']);

/**
 * A news organisation describing itself ("Asharq Al-Awsat is the worlds premier pan-Arab daily"):
 * the publisher's boilerplate, from there (and from the name repeated just before it) to the end.
 */
export const SELF_DESCRIPTION = {
  id: 'groups.furniture.boilerplate',
  after: /^\s+(?:is|has been|was)\s+(?:the|an?|one of the)\b[^.]{0,80}?\b(?:newspaper|daily|news agency|agency|channel|broadcaster|network|website|publication|outlet|magazine)\b/,
  /** Only near the end of the text (characters after the mention). */
  tail: 1500,
};
