// Speaker NPs and their entities (speaker.ts, coref.ts, resolve.ts; data in speaker-lexicon.json):
// one positive and one negative case per speaker rule.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractAll } from '../../index.js';
import { knownPerson, personId } from '../entities.js';

const speakers = (text: string) =>
  extractAll(documentFromText(text)).claims.map((c) => ({ content: c.text, text: c.speaker?.text ?? null, name: c.speaker?.name ?? null, id: c.speaker?.id, group: c.speaker?.group, role: c.speaker?.role, coref: !!c.inferred }));
/** Wire copy with commas stripped (the body needs >= 40 words without commas). */
const wire = (s: string) => `${s} Fighting continued across the north of the country on Monday as government troops pressed on with their offensive against rebel positions in the hills above the city and aid groups warned of shortages of food water and medicine.`;

describe('claims speakers: relative clauses', () => {
  it('keeps the relative clause with its head and takes the organization it names', () => {
    const [c] = speakers(wire('Rami Abdurrahman who heads the Britain-based Syrian Observatory for Human Rights said the warplane crashed in the center of the town.'));
    expect(c).toMatchObject({ text: 'Rami Abdurrahman who heads the Britain-based Syrian Observatory for Human Rights', name: 'Rami Abdel Rahman', id: 'person:rami-abd-al-rahman', group: 'sohr' });
  });
  it('a place after a preposition heads no relative clause', () => {
    const got = speakers('Voters in the town of Douma who fled the shelling said they were afraid.');
    expect(got.every((c) => c.name !== 'Douma')).toBe(true);
  });
});

describe('claims speakers: unnamed sources with a place or organization', () => {
  it('"A source at Aleppo Police Command" is the source, unnamed', () => {
    const [c] = speakers('A source at Aleppo Police Command told SANA that a woman was killed by rocket shells.');
    expect(c).toMatchObject({ text: 'A source at Aleppo Police Command', name: null });
  });
  it('"A representative of the Syrian Armed Forces" is no "Armed Forces"', () => {
    const [c] = speakers('A representative of the Syrian Armed Forces said the army had taken the town.');
    expect(c?.text).toBe('A representative of the Syrian Armed Forces');
    expect(c?.name).not.toBe('Armed Forces');
  });
  it('a named organization alone stays the organization', () => {
    const [c] = speakers('The Aleppo Police Command said that a woman was killed.');
    expect(c?.name).toBe('Aleppo Police Command');
  });
});

describe('claims speakers: places are not sources', () => {
  it('"… near Ghandoura said the Syrian Observatory" never gives Ghandoura', () => {
    const got = speakers('At least 12 people were killed in shelling near Ghandoura said the Syrian Observatory for Human Rights.');
    expect(got.every((c) => c.name !== 'Ghandoura')).toBe(true);
  });
  it('a name after a place is still the source ("in Douma Rami Abdel Rahman said")', () => {
    const got = speakers(wire('At least 12 people were killed in Douma Rami Abdel Rahman said.'));
    expect(got[0]).toMatchObject({ name: 'Rami Abdel Rahman' });
  });
});

describe('claims speakers: stripped wire copy, a determiner and a noun before the cue', () => {
  it('"…to rebuild their country said the Coalition …" → the Coalition, the content ends at "country"', () => {
    const got = speakers(wire('The Syrian National Coalition condemned the bombing. This terrorist attack is clearly aimed at hindering efforts by the Syrian people to rebuild their country said the Coalition in a press release published on Wednesday.'));
    const c = got.find((x) => x.content.startsWith('This terrorist attack'));
    expect(c?.content).toBe('This terrorist attack is clearly aimed at hindering efforts by the Syrian people to rebuild their country');
    expect(c?.group).toBe('syrian-national-coalition');
  });
  it('"the monitor said" stays the source', () => {
    const got = speakers(wire('The Syrian Observatory for Human Rights counted the dead. At least ten civilians were killed in the strikes the monitor said.'));
    expect(got.find((x) => x.text === 'the monitor')).toMatchObject({ group: 'sohr' });
  });
});

describe('claims speakers: coordinated sources', () => {
  it('two organizations: names joined, no group', () => {
    const c = speakers('The Syrian Observatory for Human Rights is based in Britain. The Observatory and the Local Coordination Committees said that the town was under attack.')[0];
    expect(c).toMatchObject({ text: 'The Observatory and the Local Coordination Committees', name: 'Syrian Observatory for Human Rights and Local Coordination Committees' });
    expect(c?.group).toBeUndefined();
  });
  it('an organization name with "and" inside is not split', () => {
    const [c] = speakers('Immigration and Customs Enforcement said that the program was under review.');
    expect(c?.name).not.toMatch(/ and .* and /);
    expect(c?.name).not.toBe('Immigration');
  });
});

describe('claims speakers: channels and statements', () => {
  it('"ISIS in a statement published on … Telegram said" → ISIS', () => {
    const [c] = speakers('ISIS in a statement published on Twitter and the messaging service Telegram said a suicide bomber detonated an explosive belt.');
    expect(c).toMatchObject({ text: 'ISIS', group: 'islamic-state' });
  });
  it('a stripped possessive with a statement is the organization ("ISISs statement")', () => {
    const got = speakers(wire('ISIS claimed the attack. ISISs statement said the attack left nearly 50 rebels dead.'));
    expect(got.find((c) => c.text === 'ISISs statement')).toMatchObject({ group: 'islamic-state' });
  });
  it('a statement with no organization stays unnamed', () => {
    const [c] = speakers('A statement said the attack left nearly 50 rebels dead.');
    expect(c?.name ?? null).toBeNull();
  });
});

describe('claims speakers: the hearer after "told"', () => {
  it('"… he told AFP" → he, not AFP', () => {
    const got = speakers(wire('Ziad 13 suffered a head injury. I was coming back from school when the first strike hit and I hid in a doorway he told AFP.'));
    const c = got.find((x) => x.content.startsWith('I was coming back'));
    expect(c).toMatchObject({ text: 'he', name: 'Ziad', coref: true });
  });
  it('"CLAUSE Putin told an investment conference." → the clause, not the hearer, is the content', () => {
    const got = speakers(wire('Vladimir Putin spoke in Moscow. There is every reason to believe we are on the right track Putin told an investment conference.'));
    const c = got.find((x) => x.text === 'Putin');
    expect(c).toMatchObject({ content: 'There is every reason to believe we are on the right track', name: 'Vladimir Putin' });
  });
  it('"told" with a clause after it keeps that clause', () => {
    const [c] = speakers('Putin told reporters that the plan was working.');
    expect(c).toMatchObject({ content: 'the plan was working', text: 'Putin' });
  });
  it('"said" keeps the NP after it as the source', () => {
    const got = speakers(wire('Rebels shelled the town killing two children said the Syrian Observatory for Human Rights.'));
    expect(got[0]).toMatchObject({ group: 'sohr' });
  });
});

describe('claims speakers: names written elsewhere in the text', () => {
  it('a surname takes the full name written before it', () => {
    const got = speakers('United States President Barack Obama met the envoy. Obama said the crisis could persist.');
    expect(got[0]).toMatchObject({ text: 'Obama', name: 'Barack Obama', coref: true });
  });
  it('two people with the surname ("Mr. Obama", "Mrs. Obama"): the surname stays', () => {
    const got = speakers('Michelle Obama spoke first. Mrs. Obama was applauded. Mr. Obama said the election mattered.');
    expect(got.find((c) => c.text === 'Mr. Obama')?.name).toBe('Obama');
  });
  it('a full name written only after the surname is not used', () => {
    const got = speakers('Obama said the crisis could persist. Later Barack Obama left for Hawaii.');
    expect(got[0]?.name).toBe('Obama');
  });
});

describe('claims speakers: lower-case role words before a name (inverted source)', () => {
  it('"said 9/11 widow Terry Strada" keeps the role words in the source', () => {
    const [c] = speakers('“They are 100 percent wrong,” said 9/11 widow Terry Strada.');
    expect(c).toMatchObject({ text: '9/11 widow Terry Strada', name: 'Terry Strada' });
  });
  it('an adverb or a preposition before a name is no role word', () => {
    const got = speakers('“They are wrong,” said recently Terry Strada. The plan will fail, said on Monday John Smith.');
    expect(got.every((c) => c.text === null || /^(?:Terry|John)/.test(c.text))).toBe(true);
  });
});

describe('claims speakers: indefinite sources named next', () => {
  it('"according to a … source" takes the person named as a source in the next sentence', () => {
    const got = speakers(wire('At least 16 civilians were killed Friday in an air raid on Aleppo according to a pro-opposition civil defense source on the ground. The missiles also wounded 25 others Ibrahim Abu Leys told Anadolu Agency.'));
    expect(got[0]).toMatchObject({ name: 'Ibrahim Abu Leys', coref: true });
    expect(got[1]).toMatchObject({ text: 'Ibrahim Abu Leys', name: 'Ibrahim Abu Leys' });
  });
  it('an unnamed source followed by an unnamed one stays unnamed', () => {
    const got = speakers(wire('The air force carried out 468 sorties during the past week a military source told SANA. The source said the sorties killed 17 terrorists.'));
    expect(got.map((c) => c.name)).toEqual([null, null]);
  });
});

describe('claims speakers: descriptions and canonical names', () => {
  it('spelling variants: "the center" after "the Russian Centre for Reconciliation"', () => {
    const got = speakers('The Russian Centre for Reconciliation said the truce was holding. The center said that 20 violations had been recorded.');
    expect(got[1]).toMatchObject({ id: 'group:russian-reconciliation-center', coref: true });
  });
  it('"the spokesman" takes a person described as a spokesman in an apposition', () => {
    const got = speakers('Maj. Gen. Igor Konashenkov, a spokesman for the Russian Defense Ministry, said the strikes hit oil depots. The spokesman said no civilians were hurt.');
    expect(got[0]?.text).toBe('Maj. Gen. Igor Konashenkov, a spokesman for the Russian Defense Ministry');
    expect(got[1]).toMatchObject({ name: 'Igor Konashenkov', coref: true });
  });
  it('"the defence ministry" with no antecedent is not null', () => {
    const [c] = speakers('The defence ministry said the strikes hit oil depots.');
    expect(c).toMatchObject({ name: 'Defense Ministry', id: 'org:defense-ministri' });
  });
  it('"the campaign" with no antecedent stays unnamed', () => {
    const [c] = speakers('The campaign said the ads would run next week.');
    expect(c?.name).toBeNull();
  });
  it('"the spokesman" with no spokesman before stays unnamed', () => {
    const got = speakers('Sergey Lavrov said the talks had failed. The spokesman said no civilians were hurt.');
    expect(got[1]?.name).toBeNull();
  });
  it('a known person under any spelling gets the canonical name', () => {
    expect(knownPerson('Rami Abdurrahman')?.name).toBe('Rami Abdel Rahman');
    expect(knownPerson('Rami Abdul Rahman')?.group).toBe('sohr');
    expect(knownPerson('Sergey Lavrov')).toBeUndefined();
    expect(personId('Rami Abdurrahman')).toBe(personId('Rami Abdel Rahman'));
  });
  it('"Fadi al-Shami of the … Brigade" is the person', () => {
    const got = speakers('Fadi al-Shami of the Tahrir al-Sham Brigade which operates in the eastern Ghouta region said the shelling had stopped.');
    expect(got[0]).toMatchObject({ name: 'Fadi al-Shami' });
  });
  it('"the Federal Bureau of Prisons" is no person', () => {
    const got = speakers('The Federal Bureau of Prisons said that the inmate had died.');
    expect(got[0]?.name).not.toBe('Federal Bureau');
  });
});

describe('stripped possessives of hyphenated names', () => {
  it('"Al-Qaedas said" in stripped wire copy is a possessive, not a subject, and does not fail the document', () => {
    const text = wire('Militants attacked the town on Monday killing 12 people the monitor said adding that Al-Qaeda fighters were among them. Later Al-Qaedas said the attack was revenge for air strikes on Idlib the monitor said.');
    const claims = extractAll(documentFromText(text)).claims;
    const later = claims.find((c) => c.text.startsWith('Later'));
    expect(later?.speaker?.text).toBe('the monitor');
    expect(claims.some((c) => c.speaker?.text === 'Al-Qaedas')).toBe(false);
  });
});
