import { describe, expect, test } from 'vitest';
import { createReplyLinks, mailtoUrl, parseMailto } from '../../src/lib/replies.ts';

const canonicalUrl = 'https://dateline.example/2021/08/taliban-affirm/';
const settings = { replyEmail: 'newsroom@dateline.example', replyHeading: 'Leave a Reply' };

const headlines = [
  'Taliban affirm that exit of US will prevent IS attacks in Afghanistan',
  'Q&A: who pays? 100% of the #1 "cost" + more',
  'It’s “over”, they said — 50% & rising?',
  'Kabul: a=b&c=d#frag?x=%20%2B',
  'طالبان: خروج آمریکا حملات داعش را متوقف می‌کند',
  'Талибан и «уход» США',
  '塔利班称美军撤离将阻止袭击',
  'Emoji 🙂 in a headline',
];

describe('reply links', () => {
  test.each(headlines)('round trip: %s', (title) => {
    const links = createReplyLinks(settings, { title, canonicalUrl });
    expect(parseMailto(links.reply)).toEqual({
      to: 'newsroom@dateline.example',
      subject: `Re: ${title}`,
      body: `${canonicalUrl}\n\n`,
    });
    expect(parseMailto(links.correction)).toEqual({
      to: 'newsroom@dateline.example',
      subject: `Correction: ${title}`,
      body: `${canonicalUrl}\n\n`,
    });
  });

  test.each(headlines)('only safe characters in the URL: %s', (title) => {
    const { reply } = createReplyLinks(settings, { title, canonicalUrl });
    const query = reply.slice(reply.indexOf('?') + 1);
    // Two fields, each value made of unreserved characters and escapes only.
    expect(query).toMatch(/^subject=[A-Za-z0-9\-_.!~*'()%]*&body=[A-Za-z0-9\-_.!~*'()%]*$/);
    expect(reply).not.toContain(' ');
  });

  test('exact encoding of spaces, reserved characters and line breaks', () => {
    expect(
      mailtoUrl({
        to: 'desk@news.example',
        subject: 'A b&c#d?e+f%g"h',
        body: 'https://x.example/\n\n',
      }),
    ).toBe(
      'mailto:desk@news.example?subject=A%20b%26c%23d%3Fe%2Bf%25g%22h&body=https%3A%2F%2Fx.example%2F%0D%0A%0D%0A',
    );
  });

  test('a line break in a headline becomes a space in the subject', () => {
    const { reply } = createReplyLinks(settings, { title: 'Two\nlines', canonicalUrl });
    expect(parseMailto(reply).subject).toBe('Re: Two lines');
  });

  test('corrections go to their own address when there is one', () => {
    const links = createReplyLinks(
      { ...settings, correctionsEmail: 'corrections@dateline.example' },
      { title: 'T', canonicalUrl },
    );
    expect(parseMailto(links.correction).to).toBe('corrections@dateline.example');
    expect(parseMailto(links.reply).to).toBe('newsroom@dateline.example');
  });

  test('a link to the corrections policy when the newsroom has one', () => {
    expect(
      createReplyLinks(settings, { title: 'T', canonicalUrl }, '/corrections-policy/').policy,
    ).toBe('/corrections-policy/');
    expect(createReplyLinks(settings, { title: 'T', canonicalUrl }).policy).toBeUndefined();
  });

  test('a discuss link from the template, with the article URL encoded', () => {
    const links = createReplyLinks(
      { ...settings, discussUrlTemplate: 'https://forum.example/new?url={url}&via=dateline' },
      { title: 'T', canonicalUrl },
    );
    expect(links.discuss).toBe(
      'https://forum.example/new?url=https%3A%2F%2Fdateline.example%2F2021%2F08%2Ftaliban-affirm%2F&via=dateline',
    );
    expect(createReplyLinks(settings, { title: 'T', canonicalUrl }).discuss).toBeUndefined();
  });
});
