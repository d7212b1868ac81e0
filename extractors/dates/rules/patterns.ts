// Extraction patterns, as data (HeidelTime's "rules" files, with named groups instead of positional
// ones). `{MONTH}`, `{WEEKDAY}`, `{NUM}`, `{VAGUENUM}`, `{UNIT}`, `{YEAR}`, `{DAY}`, `{ORD}`, `{SEASON}`,
// `{DAYPART}`, `{SETWORD}`, `{DEICTIC}` expand to alternations built from rules/lexicon.ts. Every pattern
// is matched case-insensitively between word boundaries; the `kind` names the normaliser
// (extractors/dates/normalise.ts) that turns the groups into a TIMEX3 value.
import type { PatternRule } from './schema.js';

const PART = '(?:(?<part>early|late|mid|the (?:beginning|start|end|middle|close) of|(?:the )?(?:first|second) half of|end-|mid-|late-|early-)\\s*)';

export const patternRules: PatternRule[] = [
  // --- calendar dates --------------------------------------------------------------------------
  {
    id: 'dates.month-day-range',
    description: 'April 13–27, from February 27 to September 1, 2016, September 15 and 16',
    pattern: '(?<m1>{MONTH})\\.? (?<d1>{DAY})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|through|until|till|and|or)\\s*(?:(?<m2>{MONTH})\\.? )?(?<d2>{DAY})(?:st|nd|rd|th)?(?![\\d:])(?:,? (?<y>{YEAR}))?',
    kind: 'month-day-range',
    triggers: ['{MONTH}'],
  },
  {
    id: 'dates.day-month-range',
    description: '15–16 September 2016, 27 February to 1 September',
    pattern: '(?<d1>{DAY})(?:st|nd|rd|th)?(?: (?<m1>{MONTH})\\.?)?\\s*(?:-|–|—|to|through|until|and)\\s*(?<d2>{DAY})(?:st|nd|rd|th)? (?<m2>{MONTH})\\.?(?:,? (?<y>{YEAR}))?',
    kind: 'day-range-month',
    triggers: ['{MONTH}'],
  },
  {
    id: 'dates.month-year',
    description: 'July 1997, late February 2016, January nineteen ninety-seven, June last year',
    pattern: `${PART}?(?<m>{MONTH})\\.?,? (?:of )?(?:(?<y>{YEAR})|(?<rel>last|this|next) year|(?<spelled>nineteen [a-z]+(?:-[a-z]+)?))(?!\\d)`,
    kind: 'month-year',
    triggers: ['{MONTH}'],
  },
  {
    id: 'dates.month-part',
    description: 'late February, mid-November, the end of November, last May, this September, February',
    pattern: `${PART}?(?:(?<rel>last|this|next|this past|this coming|past|coming)\\s+)?(?<m>{MONTH})(?!\\.? ?\\d)`,
    kind: 'month',
    triggers: ['{MONTH}'],
  },
  // --- years, decades, centuries ----------------------------------------------------------------
  {
    id: 'dates.year',
    description: '1990, fiscal 1989, mid-1996, the end of 1990, early 1991',
    pattern: `${PART}?(?:(?<fiscal>fiscal|calendar|the year|model year|the fiscal year|the calendar year) )?(?<y>{YEAR})(?<later> or later| and beyond| onward| onwards)?`,
    kind: 'year',
    triggers: ['#digit'],
  },
  {
    id: 'dates.year-range',
    description: '2001-2005, 1994–95, the 2012-13 season: two years joined by a dash, the second possibly abbreviated',
    pattern: '(?<y1>{YEAR})\\s*[-–]\\s*(?<y2>(?:1[5-9]|20)\\d\\d|\\d\\d)(?![\\d%]|[-–]|,\\d|\\.\\d)',
    kind: 'year-range',
    triggers: ['#digit'],
  },
  {
    id: 'dates.spelled-year',
    description: 'nineteen ninety-six, the year two thousand',
    pattern: '(?:the year )?(?<spelled>nineteen (?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen))?|twenty (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))',
    kind: 'spelled-year',
    triggers: ['nineteen', 'two', 'twenty'],
  },
  {
    id: 'dates.decade',
    description: 'the 1990s, the late 1970s, the mid-1990s, the nineties, the \'80s',
    pattern: `(?:the )?(?:(?:the )?last half of (?:the )?|(?<part>early|late|mid)[- ]?)?(?:(?<dec>1[0-9]\\d0|20\\d0)'?s|'(?<short>\\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
    kind: 'decade',
    triggers: ['#digit', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  },
  {
    id: 'dates.century',
    description: 'the 20th century, the eleventh century',
    pattern: '(?:the )?(?<ord>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century',
    kind: 'century',
    triggers: ['century'],
  },
  // --- quarters, halves, seasons ----------------------------------------------------------------
  {
    id: 'dates.quarter',
    description: 'the third quarter, third-quarter, the fiscal first quarter, the 1988 second quarter, the third quarter of 1990, next year\'s first quarter',
    pattern: '(?:(?<det>the|this|its|a|last|next) )?(?:(?<relyear>this|last|next) year\'s |(?<y1>{YEAR}) |(?<yadj>year-earlier|year-ago|comparable|comparable year-earlier|comparable year-ago) )?(?:(?:fiscal|calendar)[- ])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal[- ])?(?<unit>quarter|period)s?(?: of (?:(?:fiscal|calendar) )?(?<y2>{YEAR})| of (?<relyear2>this|last|next) year)?',
    kind: 'quarter',
    triggers: ['quarter', 'quarters', 'period', 'periods'],
  },
  {
    id: 'dates.year-period',
    description: 'the 1988 period, the 1989 quarter: that year\'s instance of the period under discussion',
    pattern: '(?:the|its) (?<y>{YEAR}) (?:fiscal )?(?<unit>quarter|period|nine months|first half|second half)',
    kind: 'year-period',
    triggers: ['#digit'],
  },
  {
    id: 'dates.half',
    description: 'the first half of 1989, the second half, first two quarters of 1990',
    pattern: '(?:the )?(?<ord>first|second|last|latter)[- ](?:half|two quarters)(?: of (?:(?:fiscal|the year) )?(?:(?<y>{YEAR})|(?<rel>this|last|next) year))?',
    kind: 'half',
    triggers: ['half', 'quarters'],
  },
  {
    id: 'dates.season',
    description: 'last fall, this summer, the early summer, the winter of 1994, spring 2012, summer \'99, summer',
    pattern: `${PART}?(?:(?<rel>last|this|next|this past|this coming|past|coming|the)\\s+)?(?:(?<part2>early|late|mid)[- ]?)?(?<season>{SEASON})(?:\\s+of\\s+(?:(?<y>{YEAR})|(?<spelled>nineteen [a-z]+(?:-[a-z]+)?))|,?\\s+(?:(?<y2>{YEAR})|'(?<yy>\\d\\d))(?![\\d'’]))?(?!\\w)`,
    kind: 'season',
    triggers: ['{SEASON}'],
  },
  // --- deictic and relative ---------------------------------------------------------------------
  {
    id: 'dates.deictic-day',
    description: 'today, yesterday, tomorrow, tonight, late yesterday, earlier today, yesterday morning',
    pattern: '(?:(?<part>early|late|earlier|later|mid|mid-)[- ]?)?(?<deictic>{DEICTIC})(?:\'s)?(?:\\s+(?<daypart>{DAYPART}))?',
    kind: 'deictic-day',
    triggers: ['{DEICTIC}'],
  },
  {
    id: 'dates.part-of-day',
    description: 'this morning, last night, this evening, overnight, midday, (at) midnight, noon, mid-afternoon yesterday',
    pattern: '(?:(?<part>early|late|later|earlier|mid)[- ]?)?(?:(?<rel>this|last|tomorrow|yesterday|the)\\s+)(?<daypart>{DAYPART})|(?<![Hh]igh )(?<alone>overnight|midday|mid-afternoon|mid afternoon|midnight|noon)(?:\\s+(?<day>today|yesterday|tomorrow))?(?!\\s+(?:on\\s+)?(?:{WEEKDAY}|{MONTH}|tonight)\\b)',
    kind: 'part-of-day',
    triggers: ['{DAYPART}', 'midnight', 'afternoon'],
  },
  {
    id: 'dates.part-relative',
    description: 'earlier this year, later this month, early next year, late last week, the end of this week',
    pattern: '(?<part>earlier|later|early|late|mid|the (?:beginning|start|end|middle|close|rest) of|(?:the )?(?:first|second) half of|(?:earlier|later) in)\\s+(?:(?<rel>this|last|next|the) |(?<relyear>this|last|next) year\'s )(?<unit>year|month|week|quarter|decade|century)',
    kind: 'part-relative',
    triggers: ['year', 'month', 'week', 'quarter', 'decade', 'century'],
  },
  {
    id: 'dates.anaphoric-day',
    description: 'the next day, the following morning, the previous evening, that day, that same night: a day counted from the date last named',
    pattern: '(?<rel>the next|the following|the previous|the prior|that same|that|the same)\\s+(?<unit>day|morning|afternoon|evening|night)(?![\\w-])',
    kind: 'anaphoric-day',
    triggers: ['day', 'morning', 'afternoon', 'evening', 'night'],
  },
  {
    id: 'dates.relative-unit',
    description: 'this year, last month, next week, the past year, the current quarter, the following year, that year',
    pattern: '(?<rel>this|last|next|this past|this coming|the past|the previous|the prior|the following|the coming|the current|the next|the same|that|the latest|the last)\\s+(?:(?:fiscal|calendar)\\s+)?(?<unit>week|month|year|quarter|weekend|decade|century)(?!-)',
    kind: 'relative-unit',
    triggers: ['week', 'month', 'year', 'quarter', 'weekend', 'decade', 'century'],
  },
  {
    id: 'dates.week-of',
    description: 'the week of March 6: the ISO week holding that day',
    pattern: '(?:the )?week of (?<m>{MONTH})\\.? (?<d>{DAY})(?:st|nd|rd|th)?(?:,? (?<y>{YEAR}))?(?![\\d:])',
    kind: 'week-of',
    triggers: ['{MONTH}'],
  },
  {
    id: 'dates.anaphoric-week',
    description: 'for the week, the week\'s most active session: the week under discussion, its number not stated (YYYY-WXX)',
    pattern: '(?<!\\b(?:[Dd]ays?|[Tt]ime) of |[Aa]ll |[Ee]very |[Pp]er |[Aa] )the week(?:[\'’]s)?(?![\\w-]|\\s+(?:of|before|after|earlier|later|ago|end|ended|ending|to|in|that|when|leading)\\b)',
    kind: 'anaphoric-week',
    triggers: ['week'],
  },
  {
    id: 'dates.weekend',
    description: 'the weekend, this weekend, last weekend, over the weekend',
    pattern: '(?<rel>the|this|last|next|this past|this coming|the past|the coming)\\s+weekend',
    kind: 'weekend',
    triggers: ['weekend'],
  },
  {
    id: 'dates.year-end',
    description: 'year-end, by year end, the year\'s end, around year end',
    pattern: '(?:(?<mod>around|about)\\s+|(?<=\\b(?<pre>by|since|until|before|after)\\s)|(?<!\\b(?:by|since|until|before|after|around|about)\\s))(?:the\\s+)?(?<rel>this|last|next)?\\s*year(?:-|\\s+|\'s\\s+)end',
    kind: 'year-end',
    triggers: ['year'],
  },
  {
    id: 'dates.holiday',
    description: 'Thanksgiving Day, Christmas, New Year\'s Day, Easter, Good Friday, Easter week, Election Day',
    pattern: '(?:(?<rel>last|this|next|this past)\\s+)?(?<holiday>{HOLIDAY})(?:,?\\s+(?<y>{YEAR}))?',
    kind: 'holiday',
    triggers: ['{HOLIDAY}'],
    caseSensitive: true,
  },
  {
    id: 'dates.year-ago',
    description: 'a year ago, a year earlier, year-earlier, the year-ago quarter, the corresponding period last year',
    pattern: '(?:the (?:comparable |corresponding )?)?(?:(?:a|one) year (?<dir>ago|earlier|before)|year-(?<dir2>earlier|ago)(?: (?:third |second |first |fourth |fiscal )?(?:quarter|period|nine months|six months))?|(?:the )?(?:corresponding|comparable|same) (?:period|quarter) (?:a year ago|last year|of last year|a year earlier)|the quarter a year ago|last year\'s (?:quarter|period))',
    kind: 'year-ago',
    triggers: ['year'],
  },
  {
    id: 'dates.ago',
    description: 'two years ago, six weeks ago, a month ago, 10 days earlier, almost four years ago',
    pattern: '(?:(?<mod>about|around|almost|nearly|more than|less than|roughly|some|approximately|just|only)\\s+)?(?<n>{NUM}|\\d+(?:\\.\\d+)?)[- ](?<unit>{UNIT})\\s+(?<dir>ago|earlier|before|later|after|from now|hence)(?!\\s+(?:the|a|an|his|her|its|their)\\b)',
    kind: 'ago',
    triggers: ['{UNIT}'],
  },
  {
    id: 'dates.anaphoric-period',
    description: 'the quarter, the latest quarter, the period, that quarter, the latest period, the full year, the year ended June 30',
    pattern: '(?:(?<det>the|this|that|its|the latest|the latest fiscal|the same|the current|the comparable|this fiscal|the fiscal|the full|the most recent)\\s+)(?<unit>quarter|period|fiscal year|year)(?!-|\\s+(?:earlier|ago|before))(?=(?<ending>\\s+end(?:ed|ing)\\b)?)(?=(?:\\s+end(?:ed|ing)\\s+(?<endm>{MONTH})\\.?\\s+(?<endd>{DAY}))?)',
    kind: 'anaphoric-period',
    triggers: ['quarter', 'period', 'year'],
  },
  // --- weekdays and clock times -----------------------------------------------------------------
  {
    id: 'dates.weekday',
    description: 'Monday, last Friday, this coming Sunday, Wednesday night, early Tuesday, the previous Friday',
    pattern: `(?:(?<clock>noon|midnight|midday)\\s+(?:on\\s+)?|(?<hh>\\d{1,2})(?::(?<mm>\\d\\d))?\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?)\\s+(?:(?<zone>[A-Z]{2,4})\\s+)?(?:on\\s+)?)?(?:(?<part>early|late|earlier|later)\\s+)?(?:(?<rel>last|this|next|this coming|this past|the previous|the following|the next|coming|past)\\s+)?(?<wd>{WEEKDAY})(?:'s)?(?:\\s+(?<daypart>{DAYPART}))?`,
    kind: 'weekday',
    triggers: ['{WEEKDAY}'],
  },
  // --- durations and sets ------------------------------------------------------------------------
  {
    id: 'dates.duration',
    description: 'for 48 hours, two months, a decade, the past three months, thirteen-hours-long, 5 1/2 hours, five-year',
    pattern: '(?:(?<mod>about|around|nearly|almost|more than|over|under|less than|at least|at most|up to|no more than|no less than|some|roughly|approximately|just|only|within|fewer than|upwards of|the better part of)\\s+)?(?:(?<det>the|a|an|each of the|all|another|an additional|the first|the last|the past|the next|the latest|the coming|the previous|the final|the following|past|last|next|first|the full|the entire|a full|an entire)\\s+)?(?<n>{NUM}|\\d+(?:[.,]\\d+)?(?:\\s+\\d\\/\\d|½)?|\\d\\/\\d|a half)(?:\\s+(?:or|to|-|–)\\s+(?<n2>{NUM}|\\d+))?(?:\\s+(?:and a half|more|additional|straight|consecutive|full|long|trading|working|business|calendar))?(?:\\s+|-)(?<unit>{UNIT})(?<long>-long|\\s+long)?(?<and>\\s+and a half)?(?:\\s+or so)?',
    kind: 'duration',
    triggers: ['{UNIT}'],
  },
  {
    id: 'dates.vague-duration',
    description: 'the past few weeks, recent months, several years, the next several days, the coming weeks, a few days',
    pattern: '(?:(?<det>the|the past|the last|the next|the coming|the first|the early|the final|past|last|next|for|over|in|within|the following)\\s+)?(?<vague>{VAGUENUM})\\s+(?<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?!\\s+ago)',
    kind: 'vague-duration',
    triggers: ['{UNIT}'],
  },
  {
    id: 'dates.bare-plural-duration',
    description: 'for weeks, within months, took years, the first time in years: an unspecified number of units',
    pattern: '(?<=\\b(?:[Ff]or|[Ww]ithin|took|take|takes|lasted|last|spent|spend|time in)\\s+)(?<unit>years|months|weeks|days|hours|decades|centuries)(?!\\s+(?:of|ago|old|earlier|later|before|after))',
    kind: 'vague-duration',
    triggers: ['{UNIT}'],
  },
  {
    id: 'dates.compound-duration',
    description: 'decades-long, months-long, a several-year tenure, a multi-year deal: an unspecified number of units as an adjective',
    pattern: '(?:(?<vague>several|multi)-(?<unit>year|month|week|day|decade)|(?<plural>hours|days|weeks|months|years|decades|centuries)-long)(?![\\w-])',
    kind: 'vague-duration',
    triggers: ['{UNIT}'],
  },
  {
    id: 'dates.unit-long',
    description: 'day-long, year-long, hour-long without a number: one unit ("their third day-long meeting")',
    pattern: '(?<unit>hour|day|week|month|year|decade|century)(?<long>-long)(?![\\w-])',
    kind: 'duration',
    triggers: ['{UNIT}'],
  },
  {
    id: 'dates.set',
    description: 'daily, weekly, every day, each year, every Thursday, twice a year, each July',
    pattern: '(?<word>{SETWORD})|(?<word2>everyday)(?=\\s+basis)|(?:every|each|per)\\s+(?:(?<n>{NUM}|\\d+|other)\\s+)?(?:(?<unit>{UNIT})|(?<wd>{WEEKDAY})|(?<m>{MONTH})|(?<season>{SEASON}))|(?<times>once|twice|three times|four times|\\d+ times) (?:a|per|an) (?<unit2>{UNIT})',
    kind: 'set',
    triggers: ['{SETWORD}', 'everyday', 'every', 'each', 'per', 'once', 'twice', 'times'],
  },
];
