// The HTML reader keeps the article, drops scripts/navigation/footer, and takes title and dates from the page.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/document/html/index.js';

const page = `<!doctype html><html lang="en"><head><title>Talks in Geneva | Example News</title>
<meta property="og:title" content="Lavrov and Kerry hold talks in Geneva">
<meta property="article:published_time" content="2016-09-19T10:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lavrov and Kerry hold talks in Geneva","dateModified":"2016-09-19T12:30:00Z"}</script>
<script>window.tracking = "All news";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/all">All news</a></nav>
<article><h1>Lavrov and Kerry hold talks in Geneva</h1>
<p>MOSCOW, September 19. /TASS/. Russian Foreign Minister Sergey Lavrov said on Monday that the ceasefire in Syria must hold. He spoke after talks in Geneva that lasted thirteen hours.</p>
<blockquote>"We have agreed on the next steps," the minister said, adding that the monitoring would continue every day.</blockquote>
<p>The ministry said 12 civilians were killed in Aleppo on Sunday, according to the reconciliation center, which monitors the ceasefire regime.</p>
</article><footer>Copyright 2016 Example News. Subscribe to our newsletter.</footer></body></html>`;

describe('readHtml', () => {
  const doc = readHtml(Buffer.from(page), 'page.html');
  it('keeps the article paragraphs and the quote, drops scripts, navigation and footer', () => {
    expect(doc.text).toContain('MOSCOW, September 19. /TASS/.');
    expect(doc.text).toContain('"We have agreed on the next steps,"');
    expect(doc.text).toContain('12 civilians were killed');
    expect(doc.text).not.toMatch(/tracking|color:red|Copyright|Subscribe|All news/);
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });
  it('takes title and dates from the page metadata, marked as coming from the HTML', () => {
    expect(doc.hints.title).toEqual({ value: 'Lavrov and Kerry hold talks in Geneva', origin: 'html' });
    expect(doc.hints.published).toEqual({ value: '2016-09-19T10:00:00Z', origin: 'html' });
    expect(doc.hints.updated).toEqual({ value: '2016-09-19T12:30:00Z', origin: 'html' });
    expect(doc.hints.language?.value).toBe('en');
    expect(doc.file).toBe('page.html');
  });
  it('reads pages nested too deep for Readability from the cleaned body', () => {
    const deep = `<html><body><h1>A deeply nested statement</h1>${'<div>'.repeat(20000)}<p>The text of the statement sits at the bottom of twenty thousand nested elements.</p>${'</div>'.repeat(20000)}</body></html>`;
    const d = readHtml(Buffer.from(deep));
    expect(d.hints.title?.value).toBe('A deeply nested statement');
    expect(d.text).toContain('twenty thousand nested elements');
  });
  it('survives malformed markup and empty pages', () => {
    expect(readHtml(Buffer.from('<html><body><p>Unclosed <b>bold <div>text</body>')).text).toContain('Unclosed');
    expect(readHtml(Buffer.from('')).text).toBe('');
  });
});
