import { countByMonth, describeCoverage, layoutBars, type Bar } from '../lib/chart.ts';
import type { Page } from '../lib/pagination.ts';
import { createBreadcrumbs, type JsonLd } from '../lib/structured.ts';
import {
  groupByInitial,
  mostCovered,
  sortTopicsByName,
  TOPIC_KINDS,
  type Topic,
  type TopicKind,
} from '../lib/topics.ts';
import type { ArticleView } from '../lib/views.ts';
import { absoluteUrl, site } from '../site.ts';
import { getSiteData, paginateArticles, type Article } from './articles.ts';

/** Headings of each kind of topic. */
export const KIND_LABELS: Record<TopicKind, { plural: string; singular: string }> = {
  people: { plural: 'People', singular: 'Person' },
  places: { plural: 'Places', singular: 'Place' },
  sources: { plural: 'Sources', singular: 'Source' },
};

const MOST_COVERED = 10;
const CHART = { width: 600, height: 80 };

/** A topic as an index lists it. */
export interface TopicSummary {
  name: string;
  url: string;
  count: number;
}

// Retracted articles stay in the archives but leave the topic pages.
const standing = (topic: Topic<Article>) =>
  topic.allArticles.filter((article) => !article.retracted);

function summarize(topic: Topic<Article>): TopicSummary {
  return { name: topic.name, url: topic.url, count: standing(topic).length };
}

/** Static paths of `/people/`, `/places/` and `/sources/`. */
export async function getTopicIndexPaths() {
  const { topics } = await getSiteData();
  return TOPIC_KINDS.map((kind) => {
    const all = [...topics.topics[kind].values()];
    return {
      params: { kind },
      props: {
        kind,
        label: KIND_LABELS[kind].plural,
        mostCovered: mostCovered(
          all.map((topic) => ({ ...topic, allArticles: standing(topic) })),
          MOST_COVERED,
          site.language,
        ).map(summarize),
        groups: groupByInitial(all.map(summarize), site.language),
      },
    };
  });
}

/** What a topic page shows, besides its page of articles. */
export interface TopicPageData {
  kind: TopicKind;
  kindLabel: string;
  name: string;
  url: string;
  description?: string;
  homepage?: string;
  parent?: TopicSummary;
  children: TopicSummary[];
  chart: { bars: Bar[]; width: number; height: number; description: string };
  breadcrumbs: JsonLd;
  page: Page<ArticleView>;
}

/** Static paths of every topic page and its later pages, `/<kind>/<slug>/page/<n>/`. */
export async function getTopicPagePaths() {
  const { topics } = await getSiteData();
  const paths = [];
  for (const kind of TOPIC_KINDS) {
    const map = topics.topics[kind];
    for (const topic of map.values()) {
      const counts = countByMonth(standing(topic).map((article) => article.date));
      const parent = topic.parent === undefined ? undefined : map.get(topic.parent);
      const base = {
        kind,
        kindLabel: KIND_LABELS[kind].singular,
        name: topic.name,
        url: topic.url,
        ...(topic.description ? { description: topic.description } : {}),
        ...(topic.homepage ? { homepage: topic.homepage } : {}),
        ...(parent ? { parent: summarize(parent) } : {}),
        children: sortTopicsByName(
          topic.children.map((slug) => summarize(map.get(slug)!)),
          site.language,
        ),
        breadcrumbs: createBreadcrumbs([
          { name: site.name, url: site.url },
          { name: KIND_LABELS[kind].plural, url: absoluteUrl(`/${kind}/`) },
          { name: topic.name, url: absoluteUrl(topic.url) },
        ]),
        chart: {
          ...CHART,
          bars: layoutBars(counts, CHART.width, CHART.height),
          description: describeCoverage(counts, site.language),
        },
      };
      for (const page of await paginateArticles(standing(topic), topic.url)) {
        const data: TopicPageData = { ...base, page };
        paths.push({
          path: page.url,
          params: {
            kind,
            slug: topic.slug,
            page: page.number > 1 ? `page/${page.number}` : undefined,
          },
          props: { data },
        });
      }
    }
  }
  return paths;
}
