import type { Paragraph, Sentence, Span } from '../types.js';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  excluded: Span[];
}

// Placeholder, replaced by the real segmenter.
export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length, kind: 'body', rule: 'segment.line' });
  }
  const sentences: Sentence[] = paragraphs.map((p, i) => ({ start: p.start, end: p.end, paragraph: i }));
  return { paragraphs, sentences, excluded: [] };
}
