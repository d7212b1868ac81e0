import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/document/build.js';
import type { Document } from '../../src/types.js';

export const CORPUS = 'corpus';
export const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

export function corpusDoc(prefix: string): Document {
  const name = corpusFiles.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no corpus file ${prefix}`);
  const file = join(CORPUS, name);
  return buildDocument({ text: readFileSync(file, 'utf8'), format: 'text', file, hints: {} });
}

export const slice = (doc: Document, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
