// `communique claims`: claims filtered by speaker, group, date, document, source, kind, figures and
// full text, in every row format and as schema.org Claim JSON-LD.
import type { Store } from '../store/store.js';
import type { ClaimFilter, Paging } from '../query/types.js';
import { claimColumns } from '../query/columns.js';
import { claimReviewDocument } from '../query/claimreview.js';
import { defined, printPage, type QueryFlags } from './query-options.js';

/** The command's options: the query layer's filter plus the output options (and --agency, another name for --source). */
export interface ClaimsFlags extends QueryFlags, Omit<ClaimFilter, keyof Paging> {
  agency?: string;
}

export function claimFilter(f: ClaimsFlags): ClaimFilter {
  return defined({
    speaker: f.speaker, group: f.group, from: f.from, to: f.to, document: f.document, source: f.source ?? f.agency, kind: f.kind,
    withFigures: f.withFigures || undefined, search: f.search, sort: f.sort, limit: f.limit, offset: f.offset,
  });
}

export async function claimsCommand(flags: ClaimsFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.claims(claimFilter(flags));
  if (flags.format === 'claimreview') out.write(`${claimReviewDocument(page.rows)}\n`);
  else printPage(page, claimColumns, flags.format, out);
}
