// The variant table of the README, each row tested: spellings that must resolve to one id, and
// false friends that must stay apart (both directions). Plus institutional forms, document
// acronyms, back-references, discovery, descriptors and credit lines.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractGroups } from '../extractor.js';
import { initialsFit } from '../context.js';
import { countriesSchema, descriptorRulesSchema } from '../schema.js';
import { loadData } from '../gazetteer.js';

const all = (text: string, published?: string) => extractGroups(documentFromText(text, published), { includeUnnamed: true });
const named = (text: string) => extractGroups(documentFromText(text)).map((g) => [g.text, g.id]);

/** [sentence, span, id, match] — README "Resolving variants". */
export const VARIANTS: Array<[string, string, string, string]> = [
  ['Fighters of Jabhat al-Nustra attacked.', 'Jabhat al-Nustra', 'jabhat-al-nusra', 'fuzzy'],
  ['Jebhat al-Nusra attacked.', 'Jebhat al-Nusra', 'jabhat-al-nusra', 'fuzzy'],
  ['Jabhat al-Nusrah attacked.', 'Jabhat al-Nusrah', 'jabhat-al-nusra', 'alias'],
  ['Jabhat el-Nusra attacked.', 'Jabhat el-Nusra', 'jabhat-al-nusra', 'fuzzy'],
  ['Jabhat Fatah al-Sham fighters left.', 'Jabhat Fatah al-Sham', 'jabhat-al-nusra', 'alias'],
  ['Ahrar ash-Sham denied it.', 'Ahrar ash-Sham', 'ahrar-al-sham', 'alias'],
  ['Ahrar as-Sham denied it.', 'Ahrar as-Sham', 'ahrar-al-sham', 'fuzzy'],
  ["Hay'at Tahrir al-Sham took Idlib.", "Hay'at Tahrir al-Sham", 'hayat-tahrir-al-sham', 'alias'],
  ['Hayat Tahrir al Sham took Idlib.', 'Hayat Tahrir al Sham', 'hayat-tahrir-al-sham', 'exact'],
  ['The Sham Legion attacked.', 'Sham Legion', 'faylaq-al-sham', 'alias'],
  ['The al-Sham Legion attacked.', 'al-Sham Legion', 'faylaq-al-sham', 'alias'],
  ['Failaq al-Sham attacked.', 'Failaq al-Sham', 'faylaq-al-sham', 'alias'],
  ['Al-Nasr Army fighters moved.', 'Al-Nasr Army', 'jaysh-al-nasr', 'alias'],
  ['Jaish al-Nasr fighters moved.', 'Jaish al-Nasr', 'jaysh-al-nasr', 'alias'],
  ['The Sawaiq al-Rahman Brigade fought.', 'Sawaiq al-Rahman Brigade', 'sawaiq-al-rahman-brigade', 'exact'],
  ['The SRF was crushed.', 'SRF', 'syria-revolutionaries-front', 'acronym'],
  ['The AfD won seats.', 'AfD', 'afd', 'acronym'],
  ['The Syria Civil Defence said.', 'Syria Civil Defence', 'white-helmets', 'alias'],
  ['The Civil Defense said.', 'Civil Defense', 'white-helmets', 'alias'],
  ['Hizbolah units moved.', 'Hizbolah', 'hezbollah', 'fuzzy'],
  ['The Syrian Obervatory for Human Rights said.', 'Syrian Obervatory for Human Rights', 'sohr', 'fuzzy'],
  ['The World Heath Organization said.', 'World Heath Organization', 'who', 'fuzzy'],
  ['Al-Qaedas branch said.', 'Al-Qaeda', 'al-qaeda', 'exact'],
  ['The UNs envoy said.', 'UN', 'united-nations', 'acronym'],
  ['ISISs statement said.', 'ISIS', 'islamic-state', 'acronym'],
  ['Kurdish Peoples Protection Units fought.', 'Kurdish Peoples Protection Units', 'ypg', 'alias'],
  ['Russias Defense Ministry said.', 'Russias Defense Ministry', 'russian-defense-ministry', 'alias'],
  ["Russia's Defence Ministry said.", "Russia's Defence Ministry", 'russian-defense-ministry', 'alias'],
  ['The Ministry of Defence of Russia said.', 'Ministry of Defence of Russia', 'russian-defense-ministry', 'alias'],
  ['Turkeys health ministry said.', 'Turkeys health ministry', 'turkish-health-ministry', 'alias'],
  ["Iraq’s Defense Ministry said.", 'Iraq’s Defense Ministry', 'iraqi-defense-ministry', 'alias'],
  ['Médecins Sans Frontières said.', 'Médecins Sans Frontières', 'msf', 'exact'],
  ['The Syrian army air forces struck.', 'Syrian army air forces', 'syrian-air-force', 'alias'],
  ['Syrian regime forces advanced.', 'Syrian regime forces', 'syrian-army', 'alias'],
];

/** False friends: [sentence, id that must NOT be produced] — README "False friends". */
export const FALSE_FRIENDS: Array<[string, string]> = [
  ['Nurse Front staff were there.', 'jabhat-al-nusra'],
  ['The Tahrir al-Sham Brigade shelled Douma.', 'hayat-tahrir-al-sham'],
  ['Hayat Tahrir al-Sham took Idlib.', 'tahrir-al-sham-brigade'],
  ['Jaish al-Nasr fighters moved.', 'jaysh-al-fatah'],
  ['Jaish al-Fatah fighters moved.', 'jaysh-al-nasr'],
  ['Faylaq al-Rahman fighters moved.', 'faylaq-al-sham'],
  ['Faylaq al-Sham fighters moved.', 'faylaq-al-rahman'],
  ['Syrian President Bashar al-Assad spoke.', 'syrian-presidency'],
  ['The Syrian National Council met.', 'syrian-national-coalition'],
  ['The Syrian National Coalition met.', 'syrian-national-council'],
  ['Rebels entered Duma yesterday.', 'state-duma'],
  ['The Islamic Front attacked.', 'syrian-islamic-front'],
  ['al-Qaeda in Iraq claimed it.', 'islamic-state'],
  ['The Syrian Defense Ministry said.', 'russian-defense-ministry'],
  ['The Russian Defense Ministry said.', 'syrian-defense-ministry'],
  ['The Free Syrian Army attacked.', 'syrian-army'],
  ['Clashes near Al Mayadin town.', 'al-mayadeen'],
  ['They reached al-Akhdar mountain.', 'al-akhbar'],
];

describe('resolving variants (README table)', () => {
  for (const [text, span, id, match] of VARIANTS) {
    it(`${span} → ${id} (${match})`, () => {
      expect(named(text)).toContainEqual([span, id]);
      expect(all(text).find((g) => g.text === span)?.match).toBe(match);
    });
  }
});

describe('false friends stay apart', () => {
  for (const [text, id] of FALSE_FRIENDS) {
    it(`${text} is not ${id}`, () => {
      expect(named(text).map((g) => g[1])).not.toContain(id);
    });
  }
});

describe('institutional forms', () => {
  it('capital city: "the defense ministry in Moscow" → Russian, inferred', () => {
    const [g] = all('The defense ministry in Moscow said on Saturday.');
    expect(g).toMatchObject({ text: 'defense ministry in Moscow', id: 'russian-defense-ministry', match: 'inferred', inferred: { id: 'capital' } });
  });
  it('a bare head takes the country named last for that kind of institution', () => {
    const got = all('The Turkish Foreign Ministry summoned him. The Foreign Ministry said later.');
    expect(got.map((g) => [g.text, g.id, g.match])).toEqual([
      ['Turkish Foreign Ministry', 'turkish-foreign-ministry', 'exact'],
      ['Foreign Ministry', 'turkish-foreign-ministry', 'inferred'],
    ]);
  });
  it('a bare head without context defaults to the Russian body (corpus convention)', () => {
    expect(all('Defense ministry says terrorists attacked.').map((g) => [g.id, g.match])).toContainEqual(['russian-defense-ministry', 'inferred']);
  });
  it('"the ministry" with one ministry in context is a coreference, unnamed', () => {
    const text = 'The Russian Defense Ministry said so. The ministry added details.';
    expect(all(text).map((g) => [g.text, g.id, g.match])).toContainEqual(['ministry', 'russian-defense-ministry', 'coreference']);
    expect(named(text)).toEqual([['Russian Defense Ministry', 'russian-defense-ministry']]);
  });
  it('a nationality before a bare head blocks the default', () => {
    expect(named('A Defense Ministry statement was read.')).toEqual([]);
  });
});

describe('document context', () => {
  it('learns an acronym defined in the text', () => {
    const got = all('The Syrian Salvation Front (SSF) said it. Later the SSF denied it.');
    expect(got.filter((g) => g.text === 'SSF').map((g) => g.id)).toEqual(['discovered:syrian-salvation-front', 'discovered:syrian-salvation-front']);
  });
  it('a document acronym overrides the gazetteer one for that text', () => {
    const got = named('The Syrian Negotiation Commission (SNC) met. The SNC rejected it.');
    expect(got.filter((g) => g[0] === 'SNC').map((g) => g[1])).toEqual(['high-negotiations-committee', 'high-negotiations-committee']);
  });
  it('acronym letters must follow the name initials', () => {
    expect(initialsFit('HNC', 'High Negotiations Committee')).toBe(true);
    expect(initialsFit('ANHA', 'Hawar news agency')).toBe(false);
  });
  it('"the Observatory" refers back to the one named observatory', () => {
    const got = named('The Syrian Observatory for Human Rights said. The Observatory added. "Fierce" Observatory chief Rami said.');
    expect(got.filter((g) => g[0] === 'Observatory').map((g) => g[1])).toEqual(['sohr', 'sohr']);
  });
  it('no back-reference before the body is named', () => {
    expect(named('The Observatory said.')).toEqual([]);
  });
});

describe('discovery and descriptors', () => {
  it('records unknown organisation-like names as discovered, low confidence, unnamed', () => {
    const text = 'The Liwa Ahfad al-Mustafa and the Homs Revolutionary Battalion attacked.';
    expect(named(text)).toEqual([]);
    const got = all(text);
    expect(got.map((g) => [g.text, g.match])).toEqual([
      ['Liwa Ahfad al-Mustafa', 'discovered'],
      ['Homs Revolutionary Battalion', 'discovered'],
    ]);
    for (const g of got) expect(g.confidence).toBeLessThan(0.5);
  });
  it('a head alone or a sentence-initial article does not make a name', () => {
    expect(all('Army units moved. The Army said.').filter((g) => g.match === 'discovered')).toEqual([]);
  });
  it('descriptors are recorded apart from named groups', () => {
    const text = 'The moderate opposition and militants, terrorists and illegal armed formations, the US-controlled opposition.';
    expect(named(text)).toEqual([]);
    expect(all(text).map((g) => [g.text, g.id, g.match])).toEqual([
      ['moderate opposition', 'descriptor:moderate-opposition', 'descriptor'],
      ['militants', 'descriptor:militants', 'descriptor'],
      ['terrorists', 'descriptor:terrorists', 'descriptor'],
      ['illegal armed formations', 'descriptor:illegal-armed-formations', 'descriptor'],
      ['US-controlled opposition', 'descriptor:armed-opposition', 'descriptor'],
    ]);
  });
});

describe('credit lines', () => {
  const credits = [
    'Troops moved. (With Reuters) Last update.',
    'Putin spoke. REUTERS/Maxim Shemetov I believe it.',
    'MOSCOW (Sputnik) Kurdish forces moved.',
    'Smoke rose. (TRT World and Agencies) A bomb hit.',
    'Posted on July 20 2016 by Asharq Al-Awsat Dozens killed.',
    'They fought. --Reuters',
  ];
  for (const text of credits) it(`no mention in: ${text}`, () => expect(named(text)).toEqual([]));
  it('an agency quoted in the story is a mention', () => {
    expect(named('A source told SANA that Reuters reported it.')).toEqual([['SANA', 'sana'], ['Reuters', 'reuters']]);
  });
});

describe('data', () => {
  it('has at least 250 curated entries, each with a source note or gold origin', () => {
    const { gazetteer } = loadData();
    expect(gazetteer.entries.length).toBeGreaterThanOrEqual(250);
  });
  it('every institution entry has its country in countries.json', () => {
    const { gazetteer, countries } = loadData();
    const codes = new Set(countries.countries.map((c) => c.code));
    for (const e of gazetteer.entries) if (e.institution) expect(codes.has(e.institution.country), e.id).toBe(true);
  });
  it('rejects invalid country and descriptor data', () => {
    expect(countriesSchema.safeParse({ countries: [{ code: 'Russia', names: ['Russia'], adjectives: [], capitals: [] }], heads: {} }).success).toBe(false);
    expect(descriptorRulesSchema.safeParse([{ id: 'x', description: 'one', phrases: ['abc'] }, { id: 'x', description: 'two', phrases: ['abd'] }]).success).toBe(false);
  });
  it('a fuzzy item has a confidence below an exact one', () => {
    const [f] = all('Jebhat al-Nusra attacked.');
    const [e] = all('Jabhat al-Nusra attacked.');
    expect(f!.confidence).toBeLessThan(e!.confidence);
  });
});
