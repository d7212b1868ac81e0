import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractGroups, nameAtDate, groupMatcher } from '../extractor.js';
import { fuzzyFold, normSep, plainFold, tokenize, type Token } from '../normalize.js';
import { GroupMatcher, type CompiledMatcher } from '../matcher.js';
import { tokenTolerance } from '../fuzzy.js';
import { loadData, loadGazetteer } from '../gazetteer.js';

const groups = (text: string, published?: string) => extractGroups(documentFromText(text, published)).map((g) => [g.text, g.id, g.match]);

describe('normalisation', () => {
  it('folds case, curly apostrophes and diacritics', () => {
    expect(plainFold('Médecins’')).toBe("medecins'");
  });
  it('token folds: ASCII words by lower case, others through NFD (same folds as plainFold)', () => {
    const words = ['ISIS', 'Al-Qaeda', 'Médecins', 'Hay’at', 'ÇAVUŞOĞLU', 'İdlib', 'x1Y'];
    const toks = tokenize(words.join(' '));
    expect(toks.map((t) => t.plain)).toEqual(toks.map((t) => plainFold(t.raw)));
  });
  it('builds transliteration skeletons', () => {
    expect(fuzzyFold('nousra')).toBe('nusra');
    expect(fuzzyFold('qaeda')).toBe('kaeda');
    expect(fuzzyFold('hezbollah')).toBe('hezbolah');
  });
  it('treats spaces, hyphens and no-break spaces alike between name tokens', () => {
    expect(normSep('-')).toBe(normSep(' '));
    expect(normSep('\u00A0')).toBe(' ');
    expect(normSep('.-')).toBe('.');
  });
  it('maps sun-letter articles before a hyphen to "al"', () => {
    expect(tokenize('Ahrar ash-Sham').map((t) => t.fuzzy)).toEqual(['ahrar', 'al', 'sham']);
    // "as" is an English word unless hyphenated
    expect(tokenize('as Sham').map((t) => t.fuzzy)[0]).toBe('as');
  });
  it('marks possessives and excludes them from the core', () => {
    const [t] = tokenize('Russia’s');
    expect(t?.poss).toBe(true);
    expect(t?.raw).toBe('Russia');
  });
});

describe('matching rules (valid)', () => {
  const valid: Array<[string, string, string, string]> = [
    ['Fighters of Jabhat al-Nousra attacked.', 'Jabhat al-Nousra', 'jabhat-al-nusra', 'fuzzy'],
    ['Jabhet al-Nusra attacked.', 'Jabhet al-Nusra', 'jabhat-al-nusra', 'fuzzy'],
    ['Hizballah units moved.', 'Hizballah', 'hezbollah', 'alias'],
    ['Hizbolah units moved.', 'Hizbolah', 'hezbollah', 'fuzzy'],
    ['Jeish al-Islam shelled Damascus.', 'Jeish al-Islam', 'jaysh-al-islam', 'alias'],
    ['The Syrian Arab Army advanced.', 'Syrian Arab Army', 'syrian-army', 'exact'],
    ['The U.S.-led coalition struck.', 'U.S.-led coalition', 'us-led-coalition', 'alias'],
    ['The OPCW confirmed sarin use.', 'OPCW', 'opcw', 'acronym'],
    ['The White Helmets rescued them.', 'White Helmets', 'white-helmets', 'exact'],
    ['Daesh claimed it.', 'Daesh', 'islamic-state', 'alias'],
    ['IS fighters withdrew.', 'IS', 'islamic-state', 'acronym'],
  ];
  for (const [text, span, id, match] of valid) {
    it(`${span} → ${id} (${match})`, () => {
      expect(groups(text)).toContainEqual([span, id, match]);
    });
  }
});

describe('matching rules (invalid)', () => {
  const invalid: string[] = [
    'THIS IS WHAT WE KNOW',
    'The state of the islamic world.',
    'Nurse Front staff were there.',
    'A Syrian arms dealer spoke to the Syrian Arms Fair.',
    'The group met the Group.',
    'He is at the US embassy in the UK.',
  ];
  for (const text of invalid) {
    it(`nothing in: ${text}`, () => {
      expect(groups(text)).toEqual([]);
    });
  }
});

describe('engine', () => {
  it('allows no fuzzy edits on short words', () => {
    expect(tokenTolerance(3)).toBe(0);
    expect(tokenTolerance(5)).toBe(1);
    expect(tokenTolerance(10)).toBe(2);
  });
  it('longest match wins, no overlaps', () => {
    const m = groupMatcher();
    const text = 'the United Nations Security Council met';
    const chosen = GroupMatcher.select(m.candidates(text, GroupMatcher.tokens(text, 0, text.length)));
    expect(chosen.map((c) => text.slice(c.start, c.end))).toEqual(['United Nations Security Council']);
  });
  it('offsets index the document text', () => {
    const doc = documentFromText('MOSCOW, May 3. Lavrov met the HNC and the UN Security Council’s members.');
    for (const g of extractGroups(doc)) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
  });
  it('gives the name in force at the publication date', () => {
    const nusra = loadGazetteer().entries.find((e) => e.id === 'jabhat-al-nusra');
    expect(nusra).toBeDefined();
    if (!nusra) return;
    expect(nameAtDate(nusra, '2016-05-03')).toBe('Jabhat al-Nusra');
    expect(nameAtDate(nusra, '2016-09-19')).toBe('Jabhat Fateh al-Sham');
    expect(nameAtDate(nusra, '2018-01-01')).toBeUndefined();
    expect(groups('Jabhat al-Nusra attacked.', '2016-05-03')).toEqual([['Jabhat al-Nusra', 'jabhat-al-nusra', 'exact']]);
  });
  it('a form added after matching is found: the per-word memos of what a word can start do not go stale', () => {
    const d = loadData();
    const m = new GroupMatcher(d.gazetteer, d.countries, d.descriptors);
    const text = 'Officials of the Zorblax Federation met.';
    expect(m.candidates(text, tokenize(text))).toEqual([]);
    const entry = m.byId.get('jabhat-al-nusra');
    if (!entry) throw new Error('fixture entry missing');
    m.trie.add({ entry, kind: 'alias', text: 'Zorblax Federation' });
    expect(m.candidates(text, tokenize(text)).map((c) => [text.slice(c.start, c.end), c.entry.id])).toEqual([['Zorblax Federation', 'jabhat-al-nusra']]);
  });
  it('quiet tokens (lower-case words no trie key or word class lists) give the same candidates as fully folded ones', () => {
    const m = groupMatcher();
    const text = 'the militants of al-Nusra and all the terrorists attacked russias defence ministry; the coalition said the us-led coalition, as-Sham and the international coalition struck zorblaxes… «so» people’s';
    const quiet = m.tokens(text, 0, text.length);
    expect(quiet.some((t) => t.quiet)).toBe(true);
    expect(quiet.find((t) => t.raw === 'zorblaxes')?.quiet).toBe(true);
    expect(quiet.find((t) => t.raw === 'militants')?.quiet).toBe(false); // a descriptor
    expect(quiet.find((t) => t.raw === 'all')?.quiet).toBe(false); // skeleton "al"
    expect(m.candidates(text, quiet)).toEqual(m.candidates(text, tokenize(text)));
    const fields = (t: Token) => [t.start, t.end, t.coreEnd, t.poss, t.raw, t.plain, t.fuzzy, t.stem, t.rawSepAfter, t.sepAfter];
    expect(quiet.map(fields)).toEqual(tokenize(text).map(fields));
    expect(quiet.find((t) => t.raw === 'as')?.fuzzy).toBe('al');
  });
  it('compiled tries (toJSON, as scripts/compile-groups.ts writes them, then fromJSON) are the tries the data builds', () => {
    const d = loadData();
    const built = new GroupMatcher(d.gazetteer, d.countries, d.descriptors);
    const compiled = JSON.parse(JSON.stringify({ fingerprint: 'test', trie: built.trie.toJSON(), fuzzy: built.fuzzy.toJSON() })) as CompiledMatcher;
    const read = new GroupMatcher(d.gazetteer, d.countries, d.descriptors, compiled);
    expect(read.trie.toJSON()).toEqual(built.trie.toJSON());
    expect(read.fuzzy.toJSON()).toEqual(built.fuzzy.toJSON());
    const text = 'Fighters of Jabhat al-Nousra and the Syrian Arab Army met Russia’s Defence Ministry, the defense ministry in Moscow and IS militants; Hizbolah and the U.S.-led coalition, AfD.';
    expect(read.candidates(text, read.tokens(text, 0, text.length))).toEqual(built.candidates(text, built.tokens(text, 0, text.length)));
    // forms of one entry share its object, as when built
    expect(read.candidates(text, tokenize(text)).every((c) => c.entry === read.byId.get(c.entry.id) || c.entry.id.includes(':'))).toBe(true);
    const entry = read.byId.get('jabhat-al-nusra');
    if (!entry) throw new Error('fixture entry missing');
    const size = read.trie.size;
    read.trie.add({ entry, kind: 'exact', text: 'Jabhat al-Nusra' }); // already there: deduped as when built
    expect(read.trie.size).toBe(size);
  });
  it('a form added to the tries makes its words non-quiet in the next tokens', () => {
    const d = loadData();
    const m = new GroupMatcher(d.gazetteer, d.countries, d.descriptors);
    const text = 'officials of the quorbly federation met.';
    expect(m.tokens(text, 0, text.length).find((t) => t.raw === 'quorbly')?.quiet).toBe(true);
    const entry = m.byId.get('jabhat-al-nusra');
    if (!entry) throw new Error('fixture entry missing');
    m.trie.add({ entry, kind: 'lowercase', text: 'quorbly federation' });
    expect(m.tokens(text, 0, text.length).find((t) => t.raw === 'quorbly')?.quiet).toBe(false);
    expect(m.candidates(text, m.tokens(text, 0, text.length)).map((c) => text.slice(c.start, c.end))).toEqual(['quorbly federation']);
  });
});
