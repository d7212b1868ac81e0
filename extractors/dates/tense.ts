// Cheap, local tense detection (no POS tagger): the verb-like marker nearest to the mention decides.
export type Tense = 'past' | 'present' | 'future';

/** Common irregular past forms (news verbs); not those spelled like their present (set, put, cut, hit, read). */
const IRREGULAR_PAST =
  'began|brought|bought|sold|took|made|came|went|fell|rose|gave|won|lost|left|met|held|led|paid|became|saw|got|found|thought|grew|knew|ran|spent|sent|struck|fought|kept|shot|stood|wrote|spoke|broke|chose|drove|flew|fled|sought|threw|withdrew|arose|forgot|froze|hid|meant|rode|shook|stole|swept|taught|tore|wore|sank|sang|drew|bore|slew|overtook|undertook|forbade';

const MARKER = new RegExp(
  String.raw`\b(?<future>will|won't|shall|'ll|going to|is to|are to|plans? to|planned to|planning|set to|ready to|intends? to|expects? to|(?<!\b(?:had|had been|was|were)\s+)(?:scheduled|due to)|upcoming|would|to be held|until|till|as soon as|as early as|effective|payable)\b|\b(?<past>was|were|had|did|said|told|ago|(?<!\b(?:be|been|being|is|are|to|must|will|would|should|could|can|may|might|has|have|get|gets|got|a|an|the|still|newly|recently|its|their|his|her|our)\s+)(?:[a-z]{2,}[^e\W]ed|${IRREGULAR_PAST}))\b|\b(?<present>is|are|says|has|have|do|does)\b`,
  'gi',
);

const WINDOW = 300;
/** A future marker counts only within a clause's length of the mention. */
const FUTURE_REACH = 100;
/** Extra distance for a marker behind a clause boundary (comma, colon, dash, parenthesis). */
const CLAUSE_PENALTY = 20;
/** Extra distance for a marker after the mention: the governing verb usually precedes the time adverbial. */
const AFTER_PENALTY = 30;

/** Tense of the clause around [start, end) of `sentence` (offsets relative to the sentence). */
export function tenseAround(sentence: string, start: number, end: number): Tense | undefined {
  let best: { d: number; t: Tense } | undefined;
  // The nearest marker decides, so a bounded window gives the same answer on real sentences and
  // keeps a pathological megabyte "sentence" linear.
  const from = Math.max(0, start - WINDOW);
  const window = sentence.slice(from, Math.min(sentence.length, end + WINDOW));
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(window)) !== null) {
    const ms = m.index + from;
    const me = ms + m[0].length;
    if (ms < end && me > start) continue; // inside the mention itself
    const d = me <= start ? start - me : ms - end;
    const t: Tense = m.groups?.future ? 'future' : m.groups?.past ? 'past' : 'present';
    if (t === 'future' && d > FUTURE_REACH) continue; // a future marker counts only close to the mention
    const between = me <= start ? window.slice(me - from, start - from) : window.slice(end - from, ms - from);
    const weight = d + (/[,;:(]|\s--?\s/.test(between) ? CLAUSE_PENALTY : 0) + (me > start ? AFTER_PENALTY : 0);
    if (!best || weight < best.d) best = { d: weight, t };
  }
  return best?.t;
}
