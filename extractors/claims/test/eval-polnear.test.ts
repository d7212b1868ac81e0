// The PolNeAR scorer (scripts/eval-polnear.ts) that the claims numbers rest on: brat parsing and span scoring.
import { describe, expect, it } from 'vitest';
import { parseAnn, scoreDoc } from '../../../scripts/eval-polnear.js';

describe('eval-polnear', () => {
  const ann = [
    'T1\tSource 0 5\tSmith',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 20;25 30\tx',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  ].join('\n');
  it('parses brat attributions, fragments as a hull', () => {
    expect(parseAnn(ann)).toEqual([{ start: 11, end: 30, source: { start: 0, end: 5 }, cue: { start: 6, end: 10 } }]);
  });
  it('scores content, cue, source and all-spans on aligned pairs', () => {
    const gold = parseAnn(ann);
    const pred = [{ start: 12, end: 18, text: '', kind: 'indirect' as const, rule: 'r', speaker: { start: 0, end: 5, text: '', name: null }, cue: { start: 40, end: 44, text: '' } }];
    const s = scoreDoc('d', pred, gold);
    expect(s.content.f1).toBe(1);
    expect(s.source.f1).toBe(1);
    expect(s.cue.f1).toBe(0);
    expect(s.all.f1).toBe(0);
  });
});
