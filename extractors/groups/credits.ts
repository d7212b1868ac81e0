// Credit lines: a news organisation named as the text's source ("(With Reuters)", "REUTERS/Name",
// "MOSCOW (Sputnik)") is not a mention. Rule data in rules.ts (CREDIT_RULES).
import type { GazetteerEntry } from './schema.js';
import { CREDIT_RULES } from './rules.js';

const MEDIA = new Set(['media', 'news-agency']);

/** The id of the credit rule the mention fits, if its entry is a news organisation. */
export function creditRule(text: string, start: number, end: number, entry: GazetteerEntry, acronym: boolean): string | undefined {
  const media = MEDIA.has(entry.type);
  // The context is cut only when a rule reads it (most candidates are no news organisation).
  let before: string | undefined;
  let after: string | undefined;
  for (const r of CREDIT_RULES) {
    if (!media && !r.anyType) continue;
    if (r.head !== undefined && start > r.head) continue;
    if (r.allCaps) {
      const surface = text.slice(start, end);
      if (!acronym && surface.length >= 4 && surface === surface.toUpperCase() && /\p{Ll}/u.test(entry.name)) return r.id;
      continue;
    }
    if (r.before && !r.before.test((before ??= text.slice(Math.max(0, start - 60), start)))) continue;
    if (r.after && !r.after.test((after ??= text.slice(end, end + 40)))) continue;
    return r.id;
  }
  return undefined;
}
