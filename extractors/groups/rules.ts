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
  { id: 'groups.credit.caps', description: 'an agency name in capitals in mixed-case text ("REUTERS Rodi Said") is a photo or wire credit', allCaps: true },
];
