// Claims as schema.org `Claim` JSON-LD (the vocabulary ClaimReview builds on), for fact-checking
// tools: claimant, the appearance in its document (URL, else a urn with the document id),
// datePublished, text, and the groups it is about.
import type { ClaimRow } from './types.js';

export function claimJsonLd(row: ClaimRow): Record<string, unknown> {
  const appearance: Record<string, unknown> = {
    '@type': 'CreativeWork',
    url: row.document.url ?? `urn:communique:document:${row.document.id}`,
    identifier: row.document.id,
  };
  if (row.document.title) appearance.headline = row.document.title;
  if (row.document.published) appearance.datePublished = row.document.published;
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    identifier: `urn:communique:claim:${row.key}`,
    text: row.text,
    appearance,
    firstAppearance: appearance,
  };
  if (row.date) out.datePublished = row.date;
  if (row.speaker) {
    const org = row.speaker.type === 'organization' || row.speaker.id.startsWith('group:');
    out.author = { '@type': org ? 'Organization' : 'Person', name: row.speaker.name, identifier: row.speaker.id };
  }
  if (row.groups.length) out.about = row.groups.map((g) => ({ '@type': 'Organization', name: g.name, identifier: g.id }));
  return out;
}

/** A JSON-LD document: a graph of Claim nodes. */
export const claimReviewDocument = (rows: readonly ClaimRow[]) => JSON.stringify({ '@context': 'https://schema.org', '@graph': rows.map(claimJsonLd).map(({ '@context': _c, ...rest }) => rest) }, null, 2);
