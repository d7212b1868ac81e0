// Document metadata read from the text itself, each value with its origin. Values the input carried
// (JSONL fields, HTML meta, --published) win over what the text says.
import type { DocumentMeta, Paragraph, SourceKind, Valued } from '../types.js';
import type { RawDocument } from './raw.js';
import type { DatelineMatch } from './dateline.js';
import { parseTimestamp } from './timestamp.js';
import { inferDatelineYear } from './year-inference.js';
import { headDateFits, type HeadDate } from './head.js';
import { documentLanguage } from './language.js';
import type { EraWindow } from './era-clues.js';
import { firstPersonPlural, reportingVerbs, speakerTurn, statementTitle, transcriptTitle, wireAgencies } from './source-rules.js';

const pad = (n: number) => String(n).padStart(2, '0');

function paragraphText(text: string, p: Paragraph): string {
  return text.slice(p.start, p.end);
}

function valued<T>(value: T, origin: Valued<T>['origin'], span?: { start: number; end: number }): Valued<T> {
  return span ? { value, origin, start: span.start, end: span.end } : { value, origin };
}

// The two word sets are counted by separate scans (their words never overlap, so the counts are those
// of one scan of both); the reporting verbs only when the first person is frequent enough to matter.
const FIRST_PERSON = new RegExp(firstPersonPlural.source, 'gi');
const REPORTING = new RegExp(reportingVerbs.source, 'gi');
function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function sourceKind(text: string, paragraphs: Paragraph[], dateline: DatelineMatch | undefined, title: string | undefined): Valued<SourceKind> {
  if (dateline?.agency && wireAgencies.test(dateline.agency)) return valued<SourceKind>('wire', 'dateline');
  const bodies = paragraphs.filter((p) => p.kind === 'body').map((p) => paragraphText(text, p));
  const turns = bodies.filter((b) => speakerTurn.test(b)).length;
  if (turns >= 2 || (title && transcriptTitle.test(title))) return valued<SourceKind>('transcript', 'inferred');
  if (dateline) return valued<SourceKind>('wire', 'dateline');
  const unquoted = bodies.join('\n').replace(/["“][^"”]*["”]/g, ' ');
  // an institution speaking for itself uses "we" more than it reports what others said
  const firstPerson = countMatches(FIRST_PERSON, unquoted);
  if ((title && statementTitle.test(title)) || (firstPerson >= 3 && firstPerson > countMatches(REPORTING, unquoted))) return valued<SourceKind>('ministry', 'inferred');
  return valued<SourceKind>('other', 'inferred');
}

export function readMetadata(raw: RawDocument, paragraphs: Paragraph[], dateline?: DatelineMatch, lede = '', head?: HeadDate, era?: EraWindow | null): DocumentMeta {
  const { text, hints } = raw;
  const titleP = paragraphs.find((p) => p.kind === 'title');
  const subtitleP = paragraphs.find((p) => p.kind === 'subtitle');
  const title = hints.title ?? (titleP ? valued(paragraphText(text, titleP), 'header', titleP) : undefined);

  const meta: DocumentMeta = { source: hints.source ?? sourceKind(text, paragraphs, dateline, title?.value) };
  if (title) meta.title = title;
  if (subtitleP) meta.subtitle = valued(paragraphText(text, subtitleP), 'header', subtitleP);
  for (const key of ['agency', 'author', 'url', 'siteName'] as const) {
    const v = hints[key];
    if (v) meta[key] = v;
  }
  const language = documentLanguage(text, hints.language);
  if (language) meta.language = language;

  // The head date of a glued scraped text, when the story's own dates do not contradict it.
  if (head && headDateFits(head.iso, text.slice(head.header.end))) {
    const labelled = text.slice(head.header.start, head.date.start);
    const kind = /\b(?:updated|modified)\b/i.test(labelled) ? 'updated' : 'published';
    meta[kind] = valued(head.iso, 'header', head.date);
  }
  for (const p of paragraphs.filter((x) => x.kind === 'header')) {
    if (head && p.start === head.header.start) continue;
    const ts = parseTimestamp(paragraphText(text, p));
    if (!ts) continue;
    if (ts.kind === 'updated' && !meta.updated) meta.updated = valued(ts.iso, 'header', p);
    if (ts.kind === 'published' && !meta.published) meta.published = valued(ts.iso, 'header', p);
  }
  // A scraped page that prints only "Last updated at …" was published that day or shortly before.
  if (!meta.published && head && meta.updated?.start === head.date.start) meta.published = { ...meta.updated, origin: 'inferred' };

  if (dateline) {
    meta.dateline = { start: dateline.start, end: dateline.end, place: dateline.place };
    if (dateline.agency) {
      meta.dateline.agency = dateline.agency;
      meta.agency ??= valued(dateline.agency, 'dateline');
    }
    if (dateline.month && dateline.day && dateline.date) {
      const md = `${pad(dateline.month)}-${pad(dateline.day)}`;
      if (dateline.year) {
        meta.dateline.date = valued(`${dateline.year}-${md}`, 'dateline', dateline.date);
      } else {
        const guess = inferDatelineYear({ month: dateline.month, day: dateline.day, lede, text, era });
        meta.dateline.date = guess
          ? valued(`${guess.year}-${md}`, 'inferred', dateline.date)
          : valued(`XXXX-${md}`, 'dateline', dateline.date);
      }
      const d = meta.dateline.date;
      if (!meta.published && !d.value.startsWith('X')) meta.published = d;
    }
  }

  if (hints.published) meta.published = hints.published;
  if (hints.updated) meta.updated = hints.updated;
  return meta;
}
