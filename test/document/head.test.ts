// Head dates of scraped texts whose page lines were glued into one (src/document/head.ts).
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/document/build.js';
import { headRules } from '../../src/document/head-rules.js';
import { numericOrder, parseDateText } from '../../src/document/date-forms.js';

const kinds = (t: string) => documentFromText(t).paragraphs.map((p) => `${p.kind}:${t.slice(p.start, p.end)}`);

describe('publication date from the head of scraped text', () => {
  const cases: Array<[string, string, string]> = [
    ['Sun 16 Apr 2017 Aleppo bomb blast kills six. A bomb blast killed six people on Sunday.', '2017-04-16', '16 Apr 2017'],
    ['Published February 23 2015 Ten children were among those killed.', '2015-02-23', 'February 23 2015'],
    ['Posted on April 2 2017 by Nazeer Rida At least 12 fighters were killed.', '2017-04-02', 'April 2 2017'],
    ['21.08.2013Get short URL 0 85 The SDF said on Wednesday.', '2013-08-21', '21.08.2013'],
    ['August 12 2016 Terrorists executed five people in Aleppo on Friday.', '2016-08-12', 'August 12 2016'],
    ['Wednesday 03 May 2017 22:35 Syrian Coalition Condemns Attack. The coalition said.', '2017-05-03T22:35', 'Wednesday 03 May 2017'.slice(10)],
    ['Date of publication 4 April 2017 At least 19 people were killed.', '2017-04-04', '4 April 2017'],
    ['17-08-2016 Martyrs as Terrorists Shell Salah Eddin. Seven civilians were martyred.', '2016-08-17', '17-08-2016'],
    ['35 IS jihadists killed in clashes with Syria Kurds Monitor AFP Sunday 15 Feb 2015 At least 35 were killed.', '2015-02-15', '15 Feb 2015'],
  ];
  for (const [text, iso, span] of cases) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const p = documentFromText(text).meta.published;
      expect(p?.value).toBe(iso);
      expect(p?.origin).toBe('header');
      expect(text.slice(p?.start, p?.end)).toBe(span);
    });
  }

  it('"Last updated at Apr 232017" (glued time): updated, and the publication date inferred from it', () => {
    const m = documentFromText('Last updated at Apr 232017 BEIRUT Air strikes killed 10 people.').meta;
    expect(m.updated).toMatchObject({ value: '2017-04-23', origin: 'header' });
    expect(m.published).toMatchObject({ value: '2017-04-23', origin: 'inferred' });
  });

  it('keeps header, title and story apart', () => {
    expect(kinds('Posted on April 2 2017 by Asharq Al-Awsat English Six Killed in Aleppo Bombing as Evacuation Resumes A bomb killed six people on Sunday.')).toEqual([
      'header:Posted on April 2 2017 by Asharq Al-Awsat English',
      'title:Six Killed in Aleppo Bombing as Evacuation Resumes',
      'body:A bomb killed six people on Sunday.',
    ]);
    expect(kinds('Tue 05 Jul 2016 Suicide bombing kills at least 16 in northeast Syria. A suicide bomb blast killed at least 16 people.')[1]).toBe(
      'title:Suicide bombing kills at least 16 in northeast Syria.',
    );
    // a lede is not a headline
    expect(kinds('Published July 2 2016 At least 16 civilians were killed. Others fled.')[1]).toMatch(/^body:/);
  });

  it('"BEIRUT August 21 (The Associated Press)" after a glued headline: a dateline, year inferred', () => {
    const m = documentFromText('Syrian troops advance in Aleppo BEIRUT August 21 (The Associated Press) Troops on Sunday pushed into the district. Fighting in 2016 went on.').meta;
    expect(m.title?.value).toBe('Syrian troops advance in Aleppo');
    expect(m.dateline).toMatchObject({ place: 'BEIRUT', agency: 'The Associated Press', date: { value: '2016-08-21', origin: 'inferred' } });
  });

  it('sanity: a head date before an event the story reports as past is not taken; a future one is fine', () => {
    expect(documentFromText('Sun 16 Apr 2017 Story. The attack of April 20 2017 killed 5.').meta.published).toBeUndefined();
    expect(documentFromText('Sun 16 Apr 2017 Story. Talks will resume on April 20 2017.').meta.published?.value).toBe('2017-04-16');
    expect(documentFromText('Sun 16 Apr 2017 Story. The war of June 5 2009 was long.').meta.published).toBeUndefined();
  });

  it('not a head: a sentence that starts with a date in a numbered list', () => {
    expect(documentFromText('1. Ghouta: On August 21 2013 the regime fired rockets.').meta.published).toBeUndefined();
  });

  it('an inside rule needs the weekday to agree with the date', () => {
    expect(documentFromText('Title of the story AFP Monday 15 Feb 2015 At least 35 were killed.').meta.published).toBeUndefined();
  });

  it('rule ids are unique', () => {
    expect(new Set(headRules.map((r) => r.id)).size).toBe(headRules.length);
  });
});

describe('numeric dates by locale evidence', () => {
  it('dots and dashes are day-first, slashes month-first, unless the text decides', () => {
    expect(parseDateText('04.05.2017')).toEqual({ year: 2017, month: 5, day: 4 });
    expect(parseDateText('04/05/2017')).toEqual({ year: 2017, month: 4, day: 5 });
    expect(parseDateText('04/05/2017', numericOrder('on 25/04/2017 and'))).toEqual({ year: 2017, month: 5, day: 4 });
    expect(parseDateText('13/05/2017')).toEqual({ year: 2017, month: 5, day: 13 });
    expect(parseDateText('Apr 092017')).toEqual({ year: 2017, month: 4, day: 9 });
    expect(parseDateText('31.02.2017')).toBeUndefined();
  });
});
