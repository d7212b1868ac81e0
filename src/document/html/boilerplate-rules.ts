// Rule data for main-text cleanup: page parts that are never article text. Engine: cleanup.ts.

/** Elements removed before the article is chosen. */
export const REMOVE_SELECTORS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'nav', 'footer', 'aside',
  'figure', 'figcaption', 'picture', '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]',
  '[aria-hidden="true"]', '[hidden]',
].join(', ');

/**
 * class / id fragments of boilerplate containers: share bars, related-story lists, cookie notices,
 * comments, ads, captions and credits, bylines, breadcrumbs and tag lists. Measured one group at a
 * time on html-articles; "newsletter|subscribe|promo|sidebar|widget" are left out because real pages
 * use them on wrappers around the article too.
 */
export const BOILERPLATE_CLASS = new RegExp(
  [
    'share', 'sharing', 'social', 'related', 'recommend', 'read-?more', 'more-?stories', 'most-?popular', 'trending',
    'advert', '\\bads?\\b', 'ad-(?:slot|unit|container|wrapper)', 'outbrain', 'taboola',
    'cookie', 'consent', 'gdpr', 'comment', 'disqus', 'caption', 'credit', 'byline', 'breadcrumb', 'tags?-?list', '\\btags\\b',
  ].join('|'),
  'i',
);

/** Whole paragraphs that are page furniture, not article text. */
export const BOILERPLATE_LINE = new RegExp(
  [
    '^(?:advert(?:isement)?|ad|sponsored|skip to (?:main )?content|continue reading(?: below)?|read more|see more|show more|load more|more|close|caption|share(?: this)?(?: article)?|comments?|sign in|log ?in|subscribe|print|email|tweet)[.:!…]*$',
    '^(?:read more|see more|also read|related|don\'?t miss|more from|you may also like|recommended|watch)\\b.{0,120}$',
    '^(?:published|updated|posted|last updated|first published)\\b.{0,80}$',
    '^(?:by|von|par|por)\\s+[\\p{Lu}][^.!?]{0,80}(?:\\d{1,2}[:/.]\\d{2}|\\b(?:am|pm|ago)\\b).{0,40}$',
    '\\((?:image|photo|picture|pic|credit)s?:[^)]*\\)\\s*$',
    '^(?:image|photo|picture|credit)s?:\\s',
    'this (?:website|site) uses cookies|we use cookies|accept (?:all )?cookies',
    '^(?:subscribe|sign up|register|join)\\b.{0,120}\\b(?:newsletter|updates|inbox|subscription|free trial)\\b.{0,80}$',
    '^(?:get|receive)\\b.{0,80}\\b(?:newsletter|delivered (?:to|through) your)\\b.{0,120}$',
    'requires javascript|enable javascript|your browser does not support',
    '^(?:©|copyright\\b)',
  ].join('|'),
  'iu',
);
