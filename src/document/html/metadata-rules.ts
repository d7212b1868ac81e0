// Rule data for reading page metadata: where titles, dates and authors are written on real pages.
// Engine code lives in title.ts, page-dates.ts and page-metadata.ts.

/** <meta name|property|itemprop> carrying the publication date, most specific first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article.published',
  'datePublished', 'datepublished', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'PublishDate',
  'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'citation_date', 'cXenseParse:recs:publishtime',
  'dc.date.issued', 'DC.date.issued', 'dcterms.issued', 'DCTERMS.issued', 'dc.date', 'DC.date', 'DC.Date', 'dcterms.date',
  'dcterms.created', 'DC.date.created', 'date_published', 'publication_date', 'OriginalPublicationDate', 'article_date_original',
  'date', 'Date', 'created', 'og:updated_time',
];

export const UPDATED_META = ['article:modified_time', 'og:article:modified_time', 'dateModified', 'last-modified', 'dcterms.modified', 'DC.date.modified'];

export const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator', 'dcterms.creator', 'citation_author', 'byl'];

/** Visible bylines, most specific first (hCard names, author links, byline containers). */
export const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '.author .fn', '.vcard .fn', '.byline .fn', '.post-author .fn', '[rel="author"]',
  'a[href*="/author/"]', '.author-name', '.byline-name', '.byline .author', '.entry-author', '[itemprop="author"]', 'byline', '.byline',
].join(', ');

/** twitter:labelN values that mark twitter:dataN as the author. */
export const TWITTER_AUTHOR_LABEL = /^(?:written by|author|verfasst von|autor|auteur|autore|escrito por)$/i;

/** class / id fragments of elements that hold a visible publication date. */
export const DATE_CONTAINER = /(?:^|[-_\s])(?:date|datum|dateline|time|timestamp|posted|published|publish|pubdate|post-?date|entry-?date|article-?date|byline|meta|info|autor|author|stand)(?:$|[-_\s\d])/i;

/** Words that introduce a publication date in visible text ("Veröffentlicht am 3. Mai 2022"). */
export const DATE_LABEL = /\b(?:published|posted|veröffentlicht|publiziert|erstellt|erschienen|datum|stand|publicado|publié|pubblicato|gepubliceerd|date)\b(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*/i;

/** Words marking a date as an update, skipped when looking for the publication date. */
export const UPDATE_LABEL = /\b(?:updated|modified|aktualisiert|geändert|actualizado|mis à jour|aggiornato|bijgewerkt|last edited)\b/i;

/** Separators between a headline and the site name in <title> / og:title. */
export const TITLE_SEPARATOR = /\s+[|–—\-·•»›:~\/]\s+|\s*[|·•»›]\s*|\s+::\s+/;

/** h1 / title texts that name a page part, not an article. */
export const NON_TITLES = /^(?:menu|menü|navigation|quick ?links?|search|suche|home|startseite|news|aktuelles|blog|archiv|archive|blog archiv(?:e)?|pressemitteilungen|press releases?|skip to content)$/i;
