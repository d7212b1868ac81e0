// Negative rules, in the same data form as the patterns: numbers that look like dates or years but are
// counts, identifiers or ages ("2000 dead", "resolution 2254", "3,532 servicemen", "I am 17").
// A candidate is dropped when every given part (before / text / after) matches.
import type { NegativeRule } from './schema.js';

const COUNTED =
  'people|persons|dead|killed|deaths|died|civilians|soldiers|servicemen|troops|militants|fighters|terrorists|gunmen|rebels|insurgents|residents|refugees|migrants|men|women|children|kids|casualties|wounded|injured|victims|prisoners|hostages|members|units|vehicles|tanks|cases|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|ft|yards|dollars|euros|rubles|roubles|pounds|barrels|shares|votes|seats|jobs|employees|workers|homes|houses|buildings|families|students|delegates|sorties|strikes|airstrikes|flights|shells|rockets|missiles|bombs|points|percent|per cent|%|others|more|additional|new|of (?:them|the|these|those)';

export const negativeRules: NegativeRule[] = [
  {
    id: 'dates.not-count',
    description: 'a year-like number followed by a counted noun is a count: "2000 dead", "1500 soldiers"',
    rules: ['dates.year', 'dates.spelled-year', 'dates.year-range'],
    // one adjective may intervene ("2000 more troops"); a preposition may not ("in 1980 to more than …")
    after: `\\s+(?:(?!(?:to|and|or|in|on|at|from|with|as|when)\\s)[a-z-]+\\s+)?(?:${COUNTED}|years|months|weeks|days|hours|miles)\\b`,
  },
  {
    id: 'dates.not-identifier',
    description: 'numbers after resolution / No. / flight / article / $ are identifiers or amounts: "resolution 2254"',
    before: "(?:resolutions?|no\\.?|nos\\.?|number|#|article|articles|paragraph|section|flight|route|highway|room|code|item|page|pages|chapter|version|model|boeing|airbus|su-|mig-|tu-|il-|an-|ak-|bill|act|law|decree|order|h\\.r\\.|s\\.|rule|form|protocol|\\$|£|€|us\\$|rs\\.?)\\s*$",
    rules: ['dates.year', 'dates.decade', 'dates.year-range'],
  },
  {
    id: 'dates.not-clock',
    description: 'a four-digit number before a time zone is a 24-hour clock time, not a year: "(1600 GMT)", "at 2000 hours"',
    rules: ['dates.year', 'dates.year-range'],
    after: '\\s*(?:GMT|UTC|Z|hours|hrs|local time|[A-Z]{2}T)\\b',
    caseSensitive: true,
  },
  {
    id: 'dates.not-amount',
    description: 'a year-like number in an amount, score or ratio: "2000-1900", "1,999", "2000 to 3000 people", "between 1990 and 2010 rockets"',
    rules: ['dates.year'],
    after: '\\s*(?:-|–|to|and|or)\\s*\\d{3,}\\s+(?:[a-z-]+\\s+)?(?:' + COUNTED + ')\\b',
  },
  {
    id: 'dates.not-age',
    description: 'ages are not durations: "I am 17", "aged 17", "17 years old" is handled as an age',
    rules: ['dates.duration'],
    after: '(?:-|\\s+)olds?\\b',
  },
  {
    id: 'dates.not-rate',
    description: 'a rate is not a duration: "358,000 a month", "four flights a week", "24 hours a day"',
    rules: ['dates.duration'],
    text: '(?:a|an|one)\\s+(?:second|minute|hour|day|week|month|year)',
    before: '(?:\\d[\\d,.]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand|million|times|once|twice))\\s+(?:[a-z]+\\s+)?$',
  },
  {
    id: 'dates.not-fraction',
    description: 'a quarter / half of something is a fraction: "more than a quarter of a million people"',
    rules: ['dates.duration', 'dates.anaphoric-period'],
    text: '.*\\b(?:quarters?|half)',
    after: '\\s+of\\b',
  },
  {
    id: 'dates.not-generic-today',
    description: 'generic "today\'s world / youth / society" means nowadays, not the publication day',
    rules: ['dates.deictic-day'],
    text: "today['’]s",
    after: '\\s+(?:world|youth|society|generation|young|kids|children|economy|standards|terms|global|modern|globalized|market|era|age)\\b',
  },
  {
    id: 'dates.not-newspaper',
    description: 'a daily / weekly followed by its name is a newspaper: "the Communist Party daily Granma"',
    rules: ['dates.set'],
    caseSensitive: true,
    text: '[Dd]aily|[Ww]eekly|[Mm]onthly',
    after: '\\s+(?:[A-Z]|newspaper|paper|magazine)',
  },
  {
    id: 'dates.not-generic-tomorrow',
    description: '"the people of tomorrow", "the world of today": generic, not a day',
    rules: ['dates.deictic-day'],
    text: "today|tomorrow|yesterday",
    before: '\\b(?:people|world|children|leaders|city|cities|economy|jobs|technology|generation|society) of\\s+$',
    after: '\\s*(?:$|[,;."\'”’)])',
  },
  {
    id: 'dates.not-these-days-period',
    description: '"over these days" refers back to a period just described, not to the present',
    rules: ['dates.vague-present'],
    text: 'these days',
    before: '\\b(?:over|during|throughout|in|for|on)\\s+$',
  },
  {
    id: 'dates.not-night-of',
    description: '"the night of Friday, Oct. 23": the date that follows is the timex',
    rules: ['dates.part-of-day'],
    text: 'the (?:night|morning|evening|afternoon)',
    after: '\\s+of\\b',
  },
  {
    id: 'dates.not-title',
    description: 'Title Case phrases are names of programmes or events: ABC\'s "This Week", "VOA Today", "Spring of Life"',
    caseSensitive: true,
    text: '(?:This|Next|Last) (?:Week|Month|Year)|Today|Tonight|Spring|Summer|Winter|Fall|Autumn',
    before: '(?:[\\w,;:]\\s+|[\\w,;:]\\s*["“]|\\b[A-Z]{2,}\\s+)$',
  },
  {
    id: 'dates.not-event-name',
    description: 'a month name heading an event name: "the March for Life", "March of the Combatant Mothers"',
    rules: ['dates.month-part'],
    text: 'March|May',
    after: '\\s+(?:for|of|on)\\s+(?:the\\s+)?[A-Z]',
  },
  {
    id: 'dates.not-fall-of',
    description: '"the fall of the city": the noun fall (capture, collapse), not the season',
    rules: ['dates.season'],
    text: '(?:the\\s+)?fall',
    after: '\\s+of\\s+(?:the|a|an|his|her|its|their|this|that|[A-Z])',
  },
  {
    id: 'dates.not-war-name',
    description: 'a capitalised duration naming a war or campaign: "the Six-Day War", "the Hundred Years War"',
    rules: ['dates.duration', 'dates.unit-long', 'dates.compound-duration'],
    text: '(?:the\\s+)?[A-Z][a-z]*[- ][A-Z][a-z]+',
    after: "['’]?\\s+(?:War|Wars|Uprising|Battle|Offensive|Revolution|Campaign|Siege|Crisis)\\b",
    caseSensitive: true,
  },
  {
    id: 'dates.not-someday',
    description: '"we hope to go back one day": one day as "some day" at the end of a hoped-for or future clause, not a duration',
    rules: ['dates.duration'],
    text: 'one day',
    before: "\\b(?:will|would|shall|hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|dreams?|may|might|could|can|to\\s+[a-z]+)\\b[^.;!?]{0,60}(?<!\\b(?:for|lasted|last|took|take|takes|spent|spend|within|in|only|just|than|about|around|over|every|per|each|of)\\s+)",
    after: '\\s*(?:[.,;!?)"”]|$)',
  },
  {
    id: 'dates.not-fall-verb',
    description: '"fall" after a modal, "to" or a plural subject is the verb: "prices could fall 2013 …", "shares fall"',
    rules: ['dates.season'],
    text: 'fall(?:,?\\s+\\S+)?',
    before: "\\b(?:to|will|would|may|might|could|can|should|must|did|does|do|not|n['’]t|prices|shares|stocks|rates|sales|profits|earnings)\\s+$",
  },
  {
    id: 'dates.not-month-verb',
    description: 'a sentence-initial May / March followed by a lower-case word is a verb: "May we ask", "March on"',
    rules: ['dates.month-part'],
    text: '(?:may|march)',
    before: '^\\s*$',
    after: '\\s+(?:be|have|not|also|well|still|never|we|you|he|she|they|it|I|on|forward|through|into)\\b',
  },
];
