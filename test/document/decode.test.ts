import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, guessSingleByte, looksBinary } from '../../src/document/decode.js';

describe('decodeBytes', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Moscow’s “position”', 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Moscow’s “position”', encoding: 'utf-8' });
  });

  it('detects Windows-1251 Russian when UTF-8 fails', () => {
    const text = 'МОСКВА, 19 сентября. /ТАСС/. Министерство иностранных дел России заявило';
    const out = decodeBytes(iconv.encode(text, 'windows-1251'));
    expect(out.encoding).toBe('windows-1251');
    expect(out.text).toBe(text);
  });

  it('detects Latin-1 Western text when UTF-8 fails', () => {
    const text = 'Le ministère des Affaires étrangères a déclaré à Genève';
    const out = decodeBytes(iconv.encode(text, 'latin1'));
    expect(out.encoding).toBe('latin1');
    expect(out.text).toBe(text);
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Syria ceasefire', 'utf16le')]);
    expect(decodeBytes(bytes).text).toBe('Syria ceasefire');
  });

  it('refuses binary content with a reason', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(looksBinary(png)).toBe(true);
    expect(() => decodeBytes(png)).toThrow(/binary/);
  });

  it('tells the single-byte encodings apart by runs of high bytes', () => {
    expect(guessSingleByte(iconv.encode('Россия и США', 'windows-1251'))).toBe('windows-1251');
    expect(guessSingleByte(iconv.encode('café à Genève', 'latin1'))).toBe('latin1');
  });
});

describe('decodeBytes: reliability', () => {
  it('reads UTF-16 without a byte-order mark, either byte order', () => {
    const text = 'MOSCOW, May 20. /TASS/. The ministry said on Friday.';
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('refuses text with a binary tail after the first 8 KB, tolerates a stray NUL in a long text', () => {
    const head = Buffer.from('The ministry said. '.repeat(1000));
    expect(looksBinary(Buffer.concat([head, Buffer.alloc(4096)]))).toBe(true);
    expect(looksBinary(Buffer.concat([head, Buffer.from([0]), head]))).toBe(false);
    expect(() => decodeBytes(Buffer.concat([head, Buffer.alloc(4096)]))).toThrow(/binary content/);
  });
});
