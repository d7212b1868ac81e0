// The JSONL reader streams: lines split across chunks, CRLF, no final newline, and a line over the
// limit dropped as it streams (never held whole).
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/document/read.js';

async function lines(chunks: Array<string | Buffer>, limit?: number) {
  const out: unknown[] = [];
  async function* gen() {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  for await (const l of splitLines(gen(), limit)) out.push(l);
  return out;
}

describe('splitLines', () => {
  it('splits across chunk boundaries, strips CR, keeps a last line without newline', async () => {
    expect(await lines(['{"a":', '1}\r\n{"b"', ':2}\n\n', '{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
  });

  it('decodes multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('«Дамаск»\n');
    expect(await lines([bytes.subarray(0, 3), bytes.subarray(3, 7), bytes.subarray(7)])).toEqual(['«Дамаск»']);
  });

  it('drops a line over the limit and goes on with the next', async () => {
    expect(await lines(['short\n', 'x'.repeat(40), 'y'.repeat(40), '\nafter\n'], 50)).toEqual(['short', { tooLong: 80 }, 'after']);
    expect(await lines(['z'.repeat(60)], 50)).toEqual([{ tooLong: 60 }]);
  });
});
