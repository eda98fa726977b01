import { describe, expect, test } from 'vitest';
import { classifyPictureSource, contentPath, isRemotePicture } from '../../src/lib/images.ts';

const article = '/site/content/articles/2021/08/story.md';
const content = '/site/content';
const hosts = ['images.example.org'];

describe('classifyPictureSource', () => {
  test.each([
    ['photo.jpg', ['/site/content/articles/2021/08/photo.jpg', '/site/content/images/photo.jpg']],
    ['./photo.JPG', ['/site/content/articles/2021/08/photo.JPG', '/site/content/images/photo.JPG']],
    [
      'sub/a%20b.png',
      ['/site/content/articles/2021/08/sub/a b.png', '/site/content/images/sub/a b.png'],
    ],
    ['../../../images/x.webp', ['/site/content/images/x.webp']],
  ])('a path, %s, is looked for beside the article, then in images/', (src, candidates) => {
    expect(classifyPictureSource(src, article, content, hosts)).toEqual({
      kind: 'local',
      candidates,
    });
  });

  test.each([
    ['https://images.example.org/a.jpg', 'https://images.example.org/a.jpg'],
    ['//images.example.org/a b.jpg', 'https://images.example.org/a%20b.jpg'],
  ])('a URL of an allowed host, %s, is kept', (src, url) => {
    expect(classifyPictureSource(src, article, content, hosts)).toEqual({ kind: 'remote', url });
  });

  test.each([
    [
      'https://tracker.example.com/pixel.gif',
      '"https://tracker.example.com/pixel.gif": pictures from tracker.example.com are not allowed; add the host to "imageHosts" in site.json or use a local file',
    ],
    [
      'https://images.example.org.evil.example/a.jpg',
      'images.example.org.evil.example are not allowed',
    ],
    ['data:image/png;base64,AAAA', 'only pictures from files or https URLs'],
    ['/images/a.jpg', 'give a path relative to the article'],
    ['notes.txt', 'is not a picture file'],
    ['../../../../../etc/secret.jpg', 'points outside the content folder'],
    ['photo', 'is not a picture file'],
  ])('%s is refused', (src, message) => {
    const result = classifyPictureSource(src, article, content, hosts);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.message).toContain(message);
  });
});

describe('contentPath and isRemotePicture', () => {
  test.each([
    ['/site/content/articles/2021/08/photo.jpg', 'articles/2021/08/photo.jpg'],
    ['/site/content/images/a b.png', 'images/a b.png'],
  ])('%s is kept as %s, which is not a URL', (file, expected) => {
    expect(contentPath(content, file)).toBe(expected);
    expect(isRemotePicture(expected)).toBe(false);
  });

  test.each(['https://images.example.org/a.jpg', 'http://images.example.org/a.jpg'])(
    '%s is a URL',
    (src) => {
      expect(isRemotePicture(src)).toBe(true);
    },
  );
});
