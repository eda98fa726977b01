import type { ArticleData, ArticleKind, Correction } from './articles.ts';
import type { ArticleDate } from './dates.ts';

/** One correction, clarification or retraction, as the corrections page lists it. */
export interface CorrectionEntry<A> {
  article: A;
  kind: Correction['kind'] | 'retraction';
  date: ArticleDate;
  text: string;
}

type Changes = Pick<ArticleData, 'date' | 'updated' | 'corrections' | 'retracted'>;

/**
 * The article's last change: the latest of its date, `updated`, its
 * corrections and its retraction.
 */
export function lastChange(article: Changes): ArticleDate {
  const dates = [
    article.date,
    ...(article.updated ? [article.updated] : []),
    ...article.corrections.map((correction) => correction.date),
    ...(article.retracted ? [article.retracted.date] : []),
  ];
  return dates.reduce((latest, date) => (date.instant > latest.instant ? date : latest));
}

/** Every correction, clarification and retraction of an archive, newest first. */
export function listCorrections<A extends Changes>(articles: A[]): CorrectionEntry<A>[] {
  const entries: CorrectionEntry<A>[] = articles.flatMap((article) => [
    ...article.corrections.map((correction) => ({ article, ...correction })),
    ...(article.retracted
      ? [
          {
            article,
            kind: 'retraction' as const,
            date: article.retracted.date,
            text: article.retracted.reason,
          },
        ]
      : []),
  ]);
  return entries.sort((a, b) =>
    a.date.instant < b.date.instant ? 1 : a.date.instant > b.date.instant ? -1 : 0,
  );
}

const NOTICE_LABELS: Record<CorrectionEntry<unknown>['kind'], string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  retraction: 'Retraction',
};

/** The word a notice starts with: "Correction", "Clarification", "Retraction". */
export function noticeLabel(kind: CorrectionEntry<unknown>['kind']): string {
  return NOTICE_LABELS[kind];
}

const KIND_LABELS: Record<ArticleKind, string | undefined> = {
  news: undefined,
  analysis: 'Analysis',
  opinion: 'Opinion',
  interview: 'Interview',
  obituary: 'Obituary',
};

/** The visible label of an article's kind; news has none. */
export function kindLabel(kind: ArticleKind): string | undefined {
  return KIND_LABELS[kind];
}

/**
 * The front page's order: the newest featured article among the newest
 * `window` leads; otherwise the newest article does. The rest keep their order.
 */
export function orderFrontPage<A extends { featured: boolean }>(articles: A[], window = 20): A[] {
  const lead = articles.slice(0, window).find((article) => article.featured);
  return lead ? [lead, ...articles.filter((article) => article !== lead)] : articles;
}
