/** What linking translations needs of an article. */
export interface TranslatableArticle {
  /** Path relative to the articles folder, with `.md`. */
  file: string;
  slug: string;
  url: string;
  translationOf?: string | undefined;
}

/** A `translationOf` that names no article, or more than one. */
export interface TranslationProblem {
  file: string;
  message: string;
}

function findOriginal<A extends TranslatableArticle>(reference: string, articles: A[]): A[] {
  const path = reference
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.md$/i, '');
  const byPath = articles.filter(
    (article) => article.file.replace(/\.md$/i, '') === path || article.url === `/${path}/`,
  );
  return byPath.length > 0 ? byPath : articles.filter((article) => article.slug === path);
}

/**
 * Links every article to its translations: an original and the articles
 * whose `translationOf` names it (by path, URL or slug) form one group, and
 * each member lists the others. A reference that names no article, names more
 * than one, or names the article itself is a problem.
 */
export function linkTranslations<A extends TranslatableArticle>(
  articles: A[],
): { translations: Map<A, A[]>; problems: TranslationProblem[] } {
  const groups = new Map<A, Set<A>>();
  const problems: TranslationProblem[] = [];
  for (const article of articles) {
    if (article.translationOf === undefined) continue;
    const found = findOriginal(article.translationOf, articles);
    const message =
      found.length === 0
        ? `translationOf: "${article.translationOf}" names no article`
        : found.length > 1
          ? `translationOf: "${article.translationOf}" names more than one article; give its path`
          : found[0] === article
            ? 'translationOf: an article cannot be a translation of itself'
            : undefined;
    if (message) {
      problems.push({ file: article.file, message });
      continue;
    }
    const original = found[0]!;
    const group = groups.get(original) ?? new Set([original]);
    group.add(article);
    groups.set(original, group);
  }
  const translations = new Map<A, A[]>();
  for (const group of groups.values()) {
    for (const member of group) {
      translations.set(
        member,
        [...group].filter((other) => other !== member),
      );
    }
  }
  return { translations, problems };
}
