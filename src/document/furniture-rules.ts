// Rule data for page furniture and header lines: site text that is stored (offsets still index it)
// but never extracted from. Kept apart from the segmenter so new sites need data, not code.
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './months.js';

/** Whole lines (case-insensitive, trimmed, trailing ":" ignored) that are site navigation or widgets. */
export const furnitureLines: readonly string[] = [
  'all news',
  'additional materials',
  'advanced settings',
  'related news',
  'related articles',
  'related stories',
  'read also',
  'read more',
  'see also',
  'more news',
  'latest news',
  'top stories',
  'share',
  'share this',
  'share this article',
  'print',
  'print version',
  'subscribe',
  'tags',
  'comments',
  'advertisement',
  'back to top',
  'photo',
  'video',
  'to the top',
  'main page',
  'news feed',
];

export interface LinePattern {
  id: string;
  pattern: RegExp;
}

/** Lines that are furniture by their shape. */
export const furniturePatterns: readonly LinePattern[] = [
  // Language switchers: "• en-GB1 ru-RU1", "EN | RU | FR".
  { id: 'segment.language-switcher', pattern: /^[\s\u2022\-*|]*(?:[a-z]{2}(?:-[A-Z]{2})?\d*[\s|/]*){2,}$/ },
  { id: 'segment.language-switcher', pattern: /^(?:[A-Z]{2}\s*\|\s*){2,}[A-Z]{2}$/ },
  // Bylines of photo agencies, copyright lines.
  { id: 'segment.copyright', pattern: /^(?:©|\(c\)|copyright\b)/i },
];

const month = MONTH_PATTERN;

/**
 * Header lines: a timestamp standing alone ("updated 9:43 AM UTC, Dec 29, 2017", "3 May 201618:07",
 * "19 September 2016, 18:07", "2016-09-19 18:07"). Only the first lines of a document are tested.
 */
export const headerPatterns: readonly LinePattern[] = [
  {
    id: 'segment.header-timestamp',
    pattern: new RegExp(
      `^(?:(?:last\\s+)?(?:updated|published|posted|modified)(?:\\s+on)?:?\\s+)?` +
        `(?:[0-9:\\s]+(?:am|pm)?\\s*(?:utc|gmt|msk)?[,\\s]*)?` +
        `(?:\\d{1,2}\\s+${month}|${month}\\s+\\d{1,2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})` +
        `[,\\s]*(?:\\d{4})?[,\\s]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?\\s*(?:utc|gmt|msk)?)?$`,
      'i',
    ),
  },
];

/**
 * A site's update stamp glued to the end of the last paragraph by scraping ("… (With Reuters) Last
 * Update: Tuesday 22 November 2016 KSA 23:28 - GMT 20:28 5938", the last number a view counter): page
 * furniture, and a stale date that is not the story's. A "last" or a colon must introduce it, so a
 * sentence ending "… were published 22 November 2016." is left alone. Tested on the last characters only.
 */
export const tailTimestamp: LinePattern = {
  id: 'segment.tail-timestamp',
  pattern: new RegExp(
    `(?:^|\\s)(?:last\\s+(?:updated?|modified|edited)(?:\\s+on)?\\s*:?|(?:updated?|modified|published|posted)(?:\\s+on)?\\s*:)\\s*` +
      `(?:${WEEKDAY_PATTERN},?\\s+)?(?:\\d{1,2}\\s+${month},?|${month}\\s+\\d{1,2},?)\\s+\\d{4}` +
      `(?:\\s*[,|\\-\u2013]?\\s*(?:[A-Z]{2,4}\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?){0,3}(?:\\s+\\d{1,7})?\\s*$`,
    'i',
  ),
};
/** How far from the end a tail stamp may start. */
export const TAIL_REACH = 160;

/** Bullet markers of list lines; a run of bullet lines that are headlines is a related-news list. */
export const bulletPattern = /^\s*(?:[-\u2013\u2014\u2022*\u25CF\u25AA]\s+)/;
