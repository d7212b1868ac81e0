// Rule data shared by several claims rules: the words and adverbials that may stand between a cue
// and its content or source. Data only; the rules in rules.ts and the stages use them.

/** A closing quotation mark. */
export const CLOSE = /[”"']/;
/** A reporter's connective opening the content ("But", "Apart from that,"), not part of the claim. */
export const OPENER = /^(?:(?:But|And|Also|However|Meanwhile|Still|Yet|So|Apart from that|In addition|Moreover|Furthermore|Now|Then)\b,?[\s\u00A0]+)+/;
/** Adjuncts between a cue and its content: "said on Monday", "said in a statement", "said in its daily bulletin", "told CNN". */
export const ADJUNCT = /^(?:[\s\u00A0]+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|recently|last\s+\w+|this\s+week|at\s+(?:the|that)\s+time|(?:in|during)\s+(?:a|an|his|her|its|their|the|our)\s+(?:(?:daily|weekly|written|joint|televised|brief|short|separate|new|latest|official|late-night|phone)\s+)?(?:statement|interview|speech|briefing|bulletin|communique|report|address|message|call|rally|op-ed|post|tweet|letter|email|memo|conference|press\s+conference|news\s+conference|telephone\s+conversation|appearance)(?:\s+(?:with|on|to|at)\s+[^,.;:“"]{1,40}?)?|on\s+(?:Twitter|Facebook|Fox\s+News|CNN|MSNBC)|at\s+(?:a|the)\s+(?:rally|briefing|news\s+conference|press\s+conference|event|hearing))\b)*/;
/** Verbs whose bare complement is nearly always a reported clause. */
export const SAY_VERBS = new Set(['say', 'tell', 'add']);
export const PRONOUN_SUBJECT = /^[\s\u00A0]+(?:he|she|they|it|we|I|you|there|this|that)\b/;
/** A clause-final adverbial after the cue: "…, the ministry said after a meeting with …". */
export const ADVERBIAL = /^[\s\u00A0]+(?:after|following|during|before|when|while|amid|ahead\s+of|upon|at|in|on)\b/;
/** Verbs taking a hearer object before the content: "told reporters that", "warned Washington that". */
export const OBJECT_VERBS = new Set(['tell', 'remind', 'warn', 'assure', 'inform']);
/** "X's statement/remarks" in a transcript title: the speaker of an opening statement. */
export const TITLE_SPEAKER = /(?<name>\p{Lu}[\p{L}-]+(?:[\s\u00A0]+\p{Lu}[\p{L}-]+){0,2})['’]s\s+(?:statement|remarks|speech|address|article|interview|opening|comment|answers)/u;
/** A determiner right before a cue form: the form is a noun ("the states suing the EPA", "her claims"). */
export const NOUN_BEFORE = /\b(?:the|a|an|his|her|its|their|our|these|those)[\s\u00A0]+$/i;
/** A preposition before an -ing cue ("responded … by saying", "criticized for saying that"): the source is the sentence's subject. */
export const PREP_BEFORE_PARTICIPLE = /\b(?:by|for|from)[\s\u00A0]+$/i;
/** Words that show a would-be loose subject is no subject: a question's auxiliary opening it ("Mr. Trump, do you really think that …"), an imperative "let" ("let them know that …"). */
export const NOT_LOOSE_OPENING = new Set(['do', 'does', 'did', 'don’t', "don't", 'doesn’t', "doesn't", 'didn’t', "didn't"]);
export const NOT_LOOSE_WORD = new Set(['let', 'let’s', "let's", 'lets']);
/** A last word (just before the cue) that shows the words are no subject: an infinitive marker, a conjunction, an adverb, a modal, a pronoun the pronoun rules handle. */
export const NOT_LOOSE_LAST = new Set(['to', 'and', 'or', 'now', 'then', 'could', 'would', 'must', 'should', 'can', 'may', 'might', 'will', 'shall', 'not', 'never', 'let', 'please', 'i', 'you']);
/**
 * Words ending in -ly that are no manner adverb, so they do not join the auxiliaries before a cue
 * (nouns, adjectives and verbs: "the family said", "a likely", "apply").
 */
export const NOT_ADVERB_LY = ['only', 'likely', 'unlikely', 'early', 'friendly', 'family', 'ally', 'rally', 'reply', 'tally', 'daily', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'quarterly', 'supply', 'apply', 'comply', 'imply', 'assembly', 'holy', 'ugly', 'silly', 'jolly', 'belly', 'bully', 'elderly', 'lonely', 'lovely', 'costly', 'deadly', 'italy', 'july', 'fly'];
/**
 * Evidence subjects ("polls show Clinton ahead", "the survey found 40 percent …", "data indicate …"): with these
 * verbs a noun-phrase or bare-clause content is a claim whatever the verb's overall training frames
 * (PolNeAR train: "polls/surveys/data … show/found/indicate" is a gold cue in ~85 % of its occurrences).
 */
export const EVIDENCE_VERBS = new Set(['show', 'find', 'indicate', 'suggest']);
export const EVIDENCE_SUBJECT = /\b(?:polls?|polling|surveys?|study|studies|data|analysis|analyses|reports?|research|figures|numbers|results|averages|records|documents|filings|tally|tallies|estimates|projections)(?:[\s\u00A0]+(?:also|now|still|consistently|similarly|clearly|generally|have|has|had))*[\s\u00A0]+$/i;
