import { describe, expect, test } from 'vitest';
import {
  fillPictureSlots,
  fitCrop,
  renderFigure,
  renderPicture,
  type PictureView,
} from '../../src/lib/pictures.ts';

const view: PictureView = {
  sources: [
    { type: 'image/avif', srcset: '/a-375.avif 375w, /a-750.avif 750w' },
    { type: 'image/webp', srcset: '/a-375.webp 375w, /a-750.webp 750w' },
  ],
  src: '/a-750.jpg',
  width: 750,
  height: 500,
  alt: 'Hills "at dusk" & <sun>',
  sizes: '(min-width: 48rem) 46rem, 100vw',
  priority: true,
};

describe('renderPicture', () => {
  test('a source a format with sizes, and a sized fallback that loads first', () => {
    expect(renderPicture(view)).toBe(
      '<picture>' +
        '<source type="image/avif" srcset="/a-375.avif 375w, /a-750.avif 750w" sizes="(min-width: 48rem) 46rem, 100vw">' +
        '<source type="image/webp" srcset="/a-375.webp 375w, /a-750.webp 750w" sizes="(min-width: 48rem) 46rem, 100vw">' +
        '<img src="/a-750.jpg" alt="Hills &#x22;at dusk&#x22; &#x26; <sun>" width="750" height="500" loading="eager" fetchpriority="high" decoding="async">' +
        '</picture>',
    );
  });

  test('any other picture loads lazily', () => {
    expect(renderPicture({ ...view, priority: false })).toContain(
      'loading="lazy" decoding="async"',
    );
    expect(renderPicture({ ...view, priority: false })).not.toContain('fetchpriority');
  });

  test('a picture shown from a URL is a bare img, sized only when the writer said so', () => {
    const remote = {
      sources: [],
      src: 'https://images.example.org/m.png',
      alt: 'Map',
      priority: false,
    };
    expect(renderPicture(remote)).toBe(
      '<img src="https://images.example.org/m.png" alt="Map" loading="lazy" decoding="async">',
    );
    expect(renderPicture({ ...remote, width: 800, height: 600 })).toContain(
      'width="800" height="600"',
    );
  });
});

describe('renderFigure', () => {
  test.each([
    [
      { caption: 'The hills.', credit: 'A. Photographer' },
      '<figcaption>The hills. <span class="credit">A. Photographer</span></figcaption></figure>',
    ],
    [
      { caption: '<b>Bold</b> claim' },
      '<figcaption>&#x3C;b>Bold&#x3C;/b> claim</figcaption></figure>',
    ],
    [
      { credit: 'Archive' },
      '<figcaption><span class="credit">Archive</span></figcaption></figure>',
    ],
    [{}, '</picture></figure>'],
  ])('%o ends %s', (text, ending) => {
    const html = renderFigure(view, text, 'lead-picture');
    expect(html.startsWith('<figure class="lead-picture"><picture>')).toBe(true);
    expect(html.endsWith(ending)).toBe(true);
  });
});

describe('fillPictureSlots', () => {
  test.each([
    [
      '<p>A <img data-dateline-picture="1"> B <img data-dateline-picture="0"></p>',
      ['<i>0</i>', '<i>1</i>'],
      '<p>A <i>1</i> B <i>0</i></p>',
    ],
    ['<img data-dateline-picture="2">', ['x'], ''],
    [
      '<p>&#x3C;img data-dateline-picture="0"></p>',
      ['x'],
      '<p>&#x3C;img data-dateline-picture="0"></p>',
    ],
    ['<p>No pictures</p>', [], '<p>No pictures</p>'],
  ])('%s', (html, pictures, expected) => {
    expect(fillPictureSlots(html, pictures)).toBe(expected);
  });
});

describe('fitCrop', () => {
  test.each([
    [{ width: 3000, height: 2000 }, 1200 / 630, 1200, { width: 1200, height: 630 }],
    [{ width: 800, height: 600 }, 1200 / 630, 1200, { width: 800, height: 420 }],
    [{ width: 640, height: 960 }, 16 / 9, 1200, { width: 640, height: 360 }],
    [{ width: 640, height: 300 }, 1, 1200, { width: 300, height: 300 }],
    [{ width: 1800, height: 1200 }, 4 / 3, 120, { width: 120, height: 90 }],
  ])('%o cut to %f at most %i wide is %o', (source, shape, max, expected) => {
    expect(fitCrop(source, shape, max)).toEqual(expected);
  });
});
