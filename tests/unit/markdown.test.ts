import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import {
  createProcessorOptions,
  readBodyFacts,
  rehypeReportSanitized,
} from '../../src/lib/markdown.ts';

const renderer = await unified(createProcessorOptions()).createRenderer({ syntaxHighlight: false });

async function render(markdown: string) {
  const { code, metadata } = await renderer.render(markdown, { frontmatter: {} });
  return { html: code, facts: readBodyFacts(metadata.frontmatter) };
}

describe('sanitizing in the full Astro pipeline', () => {
  test.each([
    ['<script>alert(1)</script>\n\nText', '<script'],
    ['<p onclick="alert(1)">Hi</p>', 'onclick'],
    ['[link](javascript:alert(1))', 'javascript:'],
    ['<a href="vbscript:msgbox(1)">x</a>', 'vbscript:'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">', 'data:'],
    ['<iframe src="https://evil.example/"></iframe>', '<iframe'],
    ['<object data="x.swf"></object>', '<object'],
    ['<style>body{display:none}</style>', '<style'],
    ['<div style="position:fixed">x</div>', 'style='],
    ['<svg><script>alert(1)</script></svg>', '<script'],
  ])('%s loses %s', async (markdown, unsafe) => {
    const { html } = await render(markdown);
    expect(html.toLowerCase()).not.toContain(unsafe);
  });

  test.each([
    ['<table><tr><td>Cell</td></tr></table>', '<td>Cell</td>'],
    ['<details><summary>More</summary>Hidden</details>', '<summary>More</summary>'],
    [
      '<table><caption>Arrivals</caption><tr><td>1</td></tr></table>',
      '<caption>Arrivals</caption>',
    ],
    ['Some <em>raw</em> and <strong>bold</strong>', '<em>raw</em>'],
    [
      '<a href="https://example.org/">Link</a>',
      '<a href="https://example.org/" rel="noopener noreferrer">Link</a>',
    ],
    ['[x](https://example.org/)', '<a href="https://example.org/" rel="noopener noreferrer">x</a>'],
    ['[local](/2021/08/a/)', '<a href="/2021/08/a/">local</a>'],
    [
      '<a href="https://x.example/" rel="opener stylesheet">x</a>',
      '<a href="https://x.example/" rel="noopener noreferrer">x</a>',
    ],
    ['| a | b |\n|---|---|\n| 1 | 2 |', '<td>1</td>'],
    ['<script>alert(1)</script>Visible text', 'Visible text'],
  ])('%s keeps %s', async (markdown, kept) => {
    const { html } = await render(markdown);
    expect(html).toContain(kept);
  });

  test('typography is kept as written', async () => {
    const { html } = await render('He said "no" -- twice.');
    expect(html).toContain('<p>He said "no" -- twice.</p>');
  });
});

describe('body facts', () => {
  test('lead paragraph as plain text, without raw HTML, and a word count', async () => {
    const { facts } = await render(
      '# Heading\n\nFirst *emphasised* <span>para</span>graph [link](https://x.example/).\n\nSecond paragraph here.',
    );
    expect(facts.lead).toBe('First emphasised paragraph link.');
    expect(facts.words).toBe(8);
  });

  test.each([
    ['- one two\n- three\n  - four', 4],
    ['> one *two*\n>\n> three', 3],
    ['| one | two |\n| --- | --- |\n| three | four |', 4],
    ['```\ncode here\n```\n\n## A heading', 4],
    ['<div>not counted</div>\n\none', 1],
  ])('words are counted in every leaf block: %j', async (markdown, words) => {
    const { facts } = await render(markdown);
    expect(facts.words).toBe(words);
  });

  test('a body without a paragraph has an empty lead', async () => {
    const { facts } = await render('- only\n- a list');
    expect(facts.lead).toBe('');
  });
});

describe('picture slots', () => {
  test('a titled picture alone in its paragraph becomes a figure with its caption', async () => {
    const { html, facts } = await render('![A cat](./cat.jpg "The cat, <b>asleep</b>")');
    expect(html).toBe(
      '<figure><img data-dateline-picture="0"><figcaption>The cat, &#x3C;b>asleep&#x3C;/b></figcaption></figure>',
    );
    expect(facts.pictures).toEqual([
      { src: './cat.jpg', alt: 'A cat', caption: 'The cat, <b>asleep</b>' },
    ]);
  });

  test('pictures in text keep their place and are numbered in order', async () => {
    const { html, facts } = await render(
      'See ![one](a.png) and ![two](https://x.example/b.png "not a caption").',
    );
    expect(html).toBe(
      '<p>See <img data-dateline-picture="0"> and <img data-dateline-picture="1">.</p>',
    );
    expect(facts.pictures).toEqual([
      { src: 'a.png', alt: 'one' },
      { src: 'https://x.example/b.png', alt: 'two' },
    ]);
  });

  test('raw HTML pictures go the same way, with any size they give', async () => {
    const { facts } = await render(
      '<img src="https://x.example/m.png" alt="Map" width="800" height="600">',
    );
    expect(facts.pictures).toEqual([
      { src: 'https://x.example/m.png', alt: 'Map', width: 800, height: 600 },
    ]);
  });

  test.each([
    [
      '<img src="./a.jpg" data-dateline-picture="5" onerror="alert(1)" alt="x">',
      '<img data-dateline-picture="0">',
    ],
    ['<img data-dateline-picture="3" alt="no source">\n\nText', '<p>Text</p>'],
    ['<img src="javascript:alert(1)" alt="x">', ''],
  ])('a writer cannot make a slot: %s', async (markdown, expected) => {
    const { html } = await render(markdown);
    expect(html.trim()).toBe(expected);
  });
});

describe('rehypeReportSanitized', () => {
  test('lists what the sanitizer removes, and nothing when all is safe', async () => {
    const reports: string[][] = [];
    const audited = await unified(
      createProcessorOptions([
        [rehypeReportSanitized, { report: (list: string[]) => reports.push(list) }],
      ]),
    ).createRenderer({ syntaxHighlight: false });
    await audited.render('<script>x</script><a href="javascript:x" onclick="y">a</a>', {
      frontmatter: {},
    });
    await audited.render('All *safe* here.', { frontmatter: {} });
    expect(reports).toEqual([['<script> ×1', 'href on <a> ×1', 'onclick on <a> ×1']]);
  });
});
