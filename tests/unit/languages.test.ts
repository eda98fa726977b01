import { describe, expect, test } from 'vitest';
import { isLanguageTag, readInLabel, textDirection } from '../../src/lib/languages.ts';

describe('textDirection', () => {
  test.each([
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['fa', 'rtl'],
    ['fa-AF', 'rtl'],
    ['prs', 'rtl'],
    ['ps', 'rtl'],
    ['ar', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['uz', 'ltr'],
    ['uz-Arab', 'rtl'],
    ['ru', 'ltr'],
    ['zh', 'ltr'],
  ])('%s is %s', (tag, direction) => {
    expect(textDirection(tag)).toBe(direction);
  });
});

describe('isLanguageTag', () => {
  test.each([
    ['en', true],
    ['fa-AF', true],
    ['zh-Hant-TW', true],
    ['en-', false],
    ['12', false],
    ['en_GB', false],
    ['', false],
  ])('%s: %s', (tag, valid) => {
    expect(isLanguageTag(tag)).toBe(valid);
  });
});

describe('readInLabel', () => {
  test.each([
    ['en', 'Read in English'],
    ['en-GB', 'Read in English'],
    ['fa', 'به فارسی بخوانید'],
    ['ps', 'په پښتو یې ولولئ'],
    ['ru', 'русский'],
  ])('%s', (tag, label) => {
    expect(readInLabel(tag)).toBe(label);
  });
});
