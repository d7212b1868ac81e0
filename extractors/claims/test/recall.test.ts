// Claims recall frames of issue 14 (session 9): each with a positive and a negative case.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractClaims } from '../extractor.js';

const polnear = (text: string) => extractClaims(documentFromText(text), [], { objectContent: true }).map((c) => ({ text: c.text, speaker: c.speaker?.text ?? null, cue: c.cue?.text ?? null, rule: c.rule }));

describe('claims: a sentence end before a typewriter quotation opening', () => {
  it('cuts the reported clause before the next quotation', () => {
    const got = polnear("Nicole Hargrove, a factory worker, said she was an undecided voter. ''But I'd like to turn him loose,'' she said.");
    expect(got.map((c) => c.text)).toEqual(['she was an undecided voter', "But I'd like to turn him loose"]);
  });
  it('does not cut at a closing mark followed by a capital', () => {
    const got = polnear("He said the plan was ''dead on arrival'' in the Senate and the House.");
    expect(got.map((c) => c.text)).toEqual(["the plan was ''dead on arrival'' in the Senate and the House"]);
  });
});

describe('claims.said-quote: a quotation right after a say-verb', () => {
  it('takes the quotation and the rest of the sentence', () => {
    expect(polnear('Obama said “it gets me mad” every time he thinks about the children.')).toEqual([
      { text: '“it gets me mad” every time he thinks about the children', speaker: 'Obama', cue: 'said', rule: 'claims.said-quote' },
    ]);
  });
  it('leaves a quotation after a comma to the quotation rules, and other verbs alone', () => {
    expect(polnear('He said, “We will win this race.”').map((c) => c.rule)).toEqual(['claims.said-colon-quote']);
    expect(polnear('Critics argued “the plan fails” in court.')).toEqual([]);
  });
});

describe('claims.noun-possessive: a learned nominal cue with a possessive source (PolNeAR convention)', () => {
  it('his claim that CLAUSE / Mr. Trump’s promise to VERB / the campaign’s attacks on NAME', () => {
    expect(polnear('Contrary to his claim that people would learn nothing, there would be a wealth of information.')).toEqual([
      { text: 'people would learn nothing', speaker: 'his', cue: 'claim', rule: 'claims.noun-possessive' },
    ]);
    expect(polnear('Despite Mr. Trump’s promise to build a wall, nothing changed.')).toEqual([
      { text: 'to build a wall', speaker: 'Mr. Trump', cue: 'promise', rule: 'claims.noun-possessive' },
    ]);
    expect(polnear('The campaign’s attacks on Clinton stand out.')).toEqual([{ text: 'Clinton', speaker: 'The campaign', cue: 'attacks', rule: 'claims.noun-possessive' }]);
  });
  it('not after a verb (the verb is the cue), not a verb after a modifier, not in the project convention', () => {
    expect(polnear('He reiterated his claim that the vote was rigged.').map((c) => c.rule)).not.toContain('claims.noun-possessive');
    expect(polnear("Trump's campaign claims that the vote was rigged.").map((c) => c.rule)).toEqual(['claims.said-that']);
    expect(extractClaims(documentFromText('Contrary to his claim that people would learn nothing, there would be more.'))).toEqual([]);
  });
});

describe('appositive subject: a described head and a place after a place', () => {
  it('a determiner + noun head with a relative clause, and a name with "in Columbus, Ohio,"', () => {
    expect(polnear('One attendee, who spoke on the condition of anonymity, said the message was clear.')).toEqual([
      { text: 'the message was clear', speaker: 'One attendee, who spoke on the condition of anonymity', cue: 'said', rule: 'claims.said-clause' },
    ]);
    expect(polnear('Clinton, during a town hall meeting in Columbus, Ohio, said she would win.')[0]).toMatchObject({ text: 'she would win', speaker: 'Clinton, during a town hall meeting in Columbus, Ohio' });
  });
  it('a time adjunct is no described head; a capitalised segment after a name is no place', () => {
    expect(polnear('The next day, he said it was fine.')[0]).toMatchObject({ speaker: 'he' });
    expect(polnear('Trump, Clinton, said the race was close.').map((c) => c.speaker)).not.toContain('Trump');
  });
});

describe('claims.verb-object: the object ends at a subordinator', () => {
  it('before "because" (with or without a comma, "in large part because")', () => {
    expect(polnear('Republicans had called the hearing because they felt the FBI was slow.')[0]).toMatchObject({ text: 'the hearing', rule: 'claims.verb-object' });
    expect(polnear('Members of Congress echo her concerns, in large part because most applicants must work.')[0]).toMatchObject({ text: 'her concerns' });
  });
  it('not before "as" or "for" without a comma (part of the evaluative frame)', () => {
    expect(polnear('He criticized the plan as a waste of money.')[0]).toMatchObject({ text: 'the plan as a waste of money' });
    expect(polnear('He criticized Obama for the deal.')[0]).toMatchObject({ text: 'Obama for the deal' });
  });
});

describe('a quoted show title is no quotation', () => {
  it('after a possessive or preposition: the cue goes to the sentence', () => {
    expect(polnear('In an interview on CBS’s “Face the Nation,” House Speaker Paul D. Ryan said the recent shootings demand listening.')).toEqual([
      { text: 'the recent shootings demand listening', speaker: 'House Speaker Paul D. Ryan', cue: 'said', rule: 'claims.said-clause' },
    ]);
  });
  it('a short capitalised quotation opening the sentence stays a quotation', () => {
    expect(polnear('“Great Job,” Trump said.')).toEqual([{ text: 'Great Job', speaker: 'Trump', cue: 'said', rule: 'claims.quote-said' }]);
  });
});

describe('claims.raising: seem/appear/be expected with no source (PolNeAR convention)', () => {
  it('content = the subject and its predicate, no speaker, cue = the verb', () => {
    expect(polnear('Obama’s veto is expected to come before the deadline at midnight Friday.')).toEqual([
      { text: 'Obama’s veto is expected to come before the deadline at midnight Friday', speaker: null, cue: 'is expected', rule: 'claims.raising' },
    ]);
    expect(polnear('New Hampshire seems stable for now.')[0]).toMatchObject({ speaker: null, cue: 'seems', rule: 'claims.raising' });
  });
  it('not "seemed like", not in the project convention', () => {
    expect(polnear('The crowd seemed like a rally.')).toEqual([]);
    expect(extractClaims(documentFromText('Obama’s veto is expected to come before the deadline at midnight Friday.'))).toEqual([]);
  });
});

describe('a plural -s form after a numeral, quantifier or preposition is a noun', () => {
  it('"the 35 states that …" is no cue', () => {
    expect(polnear('The campaign will focus on the 35 states that vote later.').map((c) => c.cue)).not.toContain('states');
  });
  it('"The report states that …" still is', () => {
    expect(polnear('The report states that the economy grew.')[0]).toMatchObject({ cue: 'states', text: 'the economy grew' });
  });
});

describe('evidence subjects: polls/surveys/data + show/find/indicate take an object (PolNeAR convention)', () => {
  it('"Polling averages show Clinton with a lead …", "The April survey found Clinton leading …"', () => {
    expect(polnear('Polling averages show Clinton with a lead in the low single digits.')).toEqual([
      { text: 'Clinton with a lead in the low single digits', speaker: 'Polling averages', cue: 'show', rule: 'claims.verb-object' },
    ]);
    expect(polnear('The April survey found Clinton leading Sanders by seven points.')[0]).toMatchObject({ speaker: 'The April survey', cue: 'found' });
  });
  it('not with another subject', () => {
    expect(polnear('Experts show little interest in the race.')).toEqual([]);
  });
});

describe('claims.clause-according-to without a comma before the cue', () => {
  it('takes a source NP opening with an article or a capital', () => {
    expect(polnear('Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.')[0]).toMatchObject({
      text: 'Clinton leads Sanders by 271 pledged delegates', speaker: 'a count by The Associated Press', rule: 'claims.clause-according-to',
    });
  });
  it('not a bare noun ("according to plan")', () => {
    expect(polnear('The vote was held according to plan.')).toEqual([]);
  });
});

describe('precise cues take a noun-phrase object now and then (learned: cue precision ≥ 0.7, ≥ 5 noun-phrase contents)', () => {
  it('"acknowledged a collaborative relationship", "noted the clot’s existence"', () => {
    expect(polnear('McConnell aides acknowledged a collaborative relationship with the administration.')[0]).toMatchObject({ text: 'a collaborative relationship with the administration', rule: 'claims.verb-object' });
    expect(polnear('Clinton noted the clot’s existence.')[0]).toMatchObject({ text: 'the clot’s existence', cue: 'noted' });
  });
  it('not the say-verbs (a clause), not in the project convention', () => {
    expect(polnear('Trump says the economy is strong.')[0]).toMatchObject({ rule: 'claims.said-clause' });
    expect(extractClaims(documentFromText('Clinton noted the clot’s existence.'))).toEqual([]);
  });
});
