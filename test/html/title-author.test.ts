// Headline and author choice: the visible h1 when a meta title agrees with it; site names and section
// labels stripped from <title>; a blog name in the h1 recognised as the site; authors from JSON-LD,
// meta and bylines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/html/dom.js';
import { pageTitle, stripSiteName } from '../../src/document/html/title.js';
import { readPage } from '../../src/document/html/page.js';

const title = (head: string, body: string, url?: string) => pageTitle(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), undefined, undefined, url);

describe('stripSiteName', () => {
  it('drops a trailing site name named by the host', () => {
    expect(stripSiteName('Ministry comments on the talks | Foreign Office News', undefined, 'https://www.foreign-office-news.org/a/1')).toBe('Ministry comments on the talks');
  });
  it('drops leading site and section segments and everything after a later site segment', () => {
    expect(stripSiteName('Polizei - Aktuelles - Grenzkontrollen werden verlängert', undefined, 'https://www.polizei.example/x')).toBe('Grenzkontrollen werden verlängert');
    expect(stripSiteName('Talks resume in Geneva · Daily Courier · Since 1901', 'Daily Courier', undefined)).toBe('Talks resume in Geneva');
  });
  it('keeps a colon headline whole', () => {
    expect(stripSiteName('Syria: ceasefire extended by 48 hours', undefined, undefined)).toBe('Syria: ceasefire extended by 48 hours');
  });
});

describe('pageTitle', () => {
  it('prefers the h1 that the meta title names', () => {
    expect(title('<title>Ceasefire holds in Aleppo - The Courier</title><meta property="og:title" content="Ceasefire holds in Aleppo - The Courier">', '<h1>Ceasefire holds in Aleppo</h1>')).toBe('Ceasefire holds in Aleppo');
  });
  it('drops a kicker the h1 adds before the headline', () => {
    expect(title('<meta property="og:title" content="Aid convoy reaches the city">', '<h1><span>Humanitarian access</span> Aid convoy reaches the city</h1>')).toBe('Aid convoy reaches the city');
  });
  it('treats a blog name in the h1 as the site and takes the post title from <title>', () => {
    expect(title('<title>Field Notes » Blog Archive » A week in Latakia</title>', '<h1>Field Notes</h1><h2 class="entry-title">A week in Latakia</h2>')).toBe('A week in Latakia');
  });
  it('splits a kicker the h1 runs together with the headline when the meta title separates them', () => {
    expect(title('<meta property="og:title" content="Week in review | Talks resume in Geneva - Courier">', '<h1><span>Week in review</span><span>Talks resume in Geneva</span></h1>')).toBe('Talks resume in Geneva');
  });
  it('takes the first line of an h1 that adds a date line under the headline', () => {
    expect(title('<meta property="og:title" content="Fans return to the stadiums">', '<h1>Fans return to the stadiums<br><small>02.02.2022 · Sport</small></h1>')).toBe('Fans return to the stadiums');
  });
  it('ignores page-part labels and decodes doubly escaped entities', () => {
    expect(title('<meta property="og:title" content="Bread &amp;#038; Salt">', '<h1>Menu</h1>')).toBe('Bread & Salt');
  });
});

describe('author', () => {
  const author = (html: string) => readPage(html).hints.author?.value;
  it('follows JSON-LD @id references to the Person', () => {
    const ld = '{"@graph":[{"@type":"NewsArticle","headline":"H","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Anna Kubista"}]}';
    expect(author(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>x</p></body></html>`)).toBe('Anna Kubista');
  });
  it('reads meta authors without their "Von"/"By" prefix, twitter labels and hCard bylines', () => {
    expect(author('<html><head><meta name="author" content="Von Vanessa Franke"></head><body></body></html>')).toBe('Vanessa Franke');
    expect(author('<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Karoline Herr"></head><body></body></html>')).toBe('Karoline Herr');
    expect(author('<html><body><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/h/">Heiko</a></span></span></body></html>')).toBe('Heiko');
  });
});
