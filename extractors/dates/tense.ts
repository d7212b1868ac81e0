// Cheap, local tense detection (no POS tagger): the verb-like marker nearest to the mention decides.
export type Tense = 'past' | 'present' | 'future';

const MARKER =
  /\b(?<future>will|won't|shall|'ll|going to|is to|are to|plans? to|planned to|planning|set to|ready to|intends? to|expects? to|(?<!\b(?:had|had been|was|were)\s+)(?:scheduled|due to)|upcoming|would|to be held|until|till|as soon as|as early as|effective|payable)\b|\b(?<past>was|were|had|did|said|told|ago|(?<!\b(?:be|been|being|is|are|to|must|will|would|should|could|can|may|might|has|have|get|gets|got)\s+)[a-z]{2,}[^e\W]ed)\b|\b(?<present>is|are|says|has|have|do|does)\b/gi;

const WINDOW = 300;

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
    if (t === 'future' && d > 40) continue; // a future marker counts only close to the mention
    const weight = d;
    if (!best || weight < best.d) best = { d: weight, t };
  }
  return best?.t;
}
