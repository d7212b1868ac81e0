// Boilerplate around the article: captions, share bars, related lists, cookie notices and furniture
// lines go; the article's paragraphs, quotes and lists stay; charset declarations are honoured.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readHtml } from '../../src/document/html/index.js';
import { isFurniture } from '../../src/document/html/cleanup.js';
import { pageCharset } from '../../src/document/html/charset.js';

const para = (n: number) => `<p>Paragraph ${n} of the statement explains in full sentences what the ministry said about the humanitarian pause, the monitoring of the ceasefire and the delivery of aid to the city.</p>`;

describe('main-text cleanup', () => {
  const page = `<html><body><header><a href="/">Home</a></header><article><h1>Statement on the humanitarian pause</h1>
${para(1)}<figure><img src="a.jpg"><figcaption>Trucks wait at the crossing (Image: Reuters)</figcaption></figure>
${para(2)}<div class="share-bar">Share on Facebook Share on Twitter</div>
<ul><li>first, the corridors stay open for civilians</li><li>second, observers report every violation</li></ul>
<blockquote>"We will keep the corridors open," the minister said.</blockquote>${para(3)}
<div class="related-stories"><h3>You may also like</h3><p>Another story about something else entirely.</p></div>
<p>Advertisement</p></article><div id="cookie-consent">This website uses cookies to improve your experience.</div></body></html>`;
  const text = readHtml(Buffer.from(page)).text;
  it('keeps paragraphs, list items and quotes', () => {
    for (const s of ['Paragraph 1', 'Paragraph 2', 'Paragraph 3', 'the corridors stay open for civilians', '"We will keep the corridors open,"']) expect(text).toContain(s);
  });
  it('drops captions, share bars, related lists, cookie notices and ad labels', () => {
    for (const s of ['Trucks wait', 'Share on Facebook', 'You may also like', 'Another story', 'uses cookies', 'Advertisement']) expect(text).not.toContain(s);
  });
  it('recognises furniture lines but not sentences that mention the same words', () => {
    expect(isFurniture('Read more')).toBe(true);
    expect(isFurniture('PUBLISHED: 10:48, Tue, Nov 19, 2019')).toBe(true);
    expect(isFurniture('Sign up for our free daily newsletter and get the news in your inbox.')).toBe(true);
    expect(isFurniture('Get Field Monthly delivered through your letterbox every month.')).toBe(true);
    expect(isFurniture('The minister asked reporters to read more carefully what the agreement says.')).toBe(false);
  });
});

describe('charset', () => {
  it('reads <meta charset> and http-equiv declarations', () => {
    expect(pageCharset(Buffer.from('<html><head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(pageCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'))).toBe('koi8-r');
  });
  it('decodes a windows-1251 page by its declaration', () => {
    const html = `<html><head><meta charset="windows-1251"><title>Заявление МИД России</title></head><body><article><h1>Заявление МИД России</h1>${'<p>Министерство иностранных дел Российской Федерации заявляет о продлении режима прекращения огня в Сирии на 48 часов.</p>'.repeat(3)}</article></body></html>`;
    const doc = readHtml(iconv.encode(html, 'windows-1251'));
    expect(doc.hints.title?.value).toBe('Заявление МИД России');
    expect(doc.text).toContain('режима прекращения огня');
  });
  it('keeps valid UTF-8 even when the page declares another charset', () => {
    const doc = readHtml(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Müller sagte: „Die Waffenruhe hält.“</p></body></html>'));
    expect(doc.text).toContain('Müller sagte: „Die Waffenruhe hält.“');
  });
});
