import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { datesExtractor } from '../extractor.js';
import { parseTimeml } from '../../../scripts/eval-timeml.js';
import { chronoWindows, matchRules } from '../engine.js';

const run = (text: string, published?: string) => datesExtractor.extract(documentFromText(text, published), new Map());

describe('dates extractor', () => {
  it('keeps offsets exact and records rule, known and inferred', () => {
    const text = 'Fighting resumed on September 12, 2016 and again in late February.';
    const out = run(text, '2016-10-07');
    for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
    const late = out.find((m) => m.text === 'late February')!;
    expect(late).toMatchObject({ value: '2016-02', mod: 'END', rule: 'dates.month-part', inferred: { year: 'publication-date' } });
    expect(out.find((m) => m.text === 'September 12, 2016')).toMatchObject({ value: '2016-09-12' });
  });
  it('does not depend on the clock without a publication date', () => {
    expect(run('It happened yesterday, on Monday, in March.').map((m) => m.value)).toEqual(['XXXX-XX-XX', 'XXXX-WXX-1', 'XXXX-03']);
  });
  it('marks durations and sets', () => {
    const out = run('For 48 hours, convoys ran daily.', '2016-09-19');
    expect(out.map((m) => [m.type, m.value])).toEqual([['DURATION', 'PT48H'], ['SET', 'P1D']]);
  });
});

describe('chrono windows and triggers', () => {
  it('leaves out a window whose only cues are weekday names, but reads a space-separated year-month-day in one', () => {
    expect(chronoWindows('They met on Monday in Geneva and talked for hours.')).toEqual([]);
    expect(chronoWindows('The talks resumed at 6:00 GMT on Monday.')).toHaveLength(1);
    expect(chronoWindows('They met on Monday, 2016 09 19 in Geneva.')).toHaveLength(1);
    expect(run('They met on Monday, 2016 09 19 in Geneva.', '2016-09-25').map((m) => [m.text, m.value])).toEqual([['Monday, 2016 09 19', '2016-09-19']]);
    expect(run('They met on Monday in Geneva.', '2016-09-25').map((m) => [m.text, m.value, m.rule])).toEqual([['Monday', '2016-09-19', 'dates.weekday']]);
  });
  it('runs a rule only when its trigger and its andTriggers are both in the sentence', () => {
    const rules = (s: string) => matchRules(s, 0).map((m) => m.rule);
    // dates.ago needs a unit word and a direction word ("ago", "earlier", …)
    expect(rules('It happened two years ago.')).toContain('dates.ago');
    expect(rules('It lasted two years.')).not.toContain('dates.ago');
    // dates.year needs a year-like number (a /regex/ trigger), not just a digit
    expect(rules('In 1998 it rose.')).toContain('dates.year');
    expect(rules('It rose 12 points.')).not.toContain('dates.year');
  });
});

describe('TimeML reader', () => {
  it('strips tags and maps gold spans', () => {
    const xml = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF" mod="START">now</TIMEX3>.</TEXT></TimeML>';
    const doc = parseTimeml(xml);
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.text).toBe('It fell yesterday & rose now.');
    expect(doc.gold.map((g) => doc.text.slice(g.start, g.end))).toEqual(['yesterday', 'now']);
    expect(doc.gold[1]).toMatchObject({ type: 'DATE', value: 'PRESENT_REF', mod: 'START' });
  });
});
