import { getCollection } from 'astro:content';
import { findSlugConflict } from '../lib/pages.ts';

/** A newsroom page as its route and the footer need it. */
export interface NewsroomPage {
  slug: string;
  title: string;
  summary?: string | undefined;
  url: string;
  html: string;
}

let pages: Promise<NewsroomPage[]> | undefined;

async function loadPages(): Promise<NewsroomPage[]> {
  const entries = await getCollection('pages');
  const problems = entries.flatMap((entry) => {
    const conflict = findSlugConflict(entry.id);
    return conflict ? [`${entry.filePath ?? entry.id}: slug: ${conflict}`] : [];
  });
  if (problems.length > 0) throw new Error(`Newsroom pages:\n  ${problems.join('\n  ')}`);
  return entries
    .map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      url: `/${entry.id}/`,
      html: entry.rendered?.html ?? '',
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** The newsroom's pages, sorted by title; a slug that takes a site route fails the build. */
export function getNewsroomPages(): Promise<NewsroomPage[]> {
  pages ??= loadPages();
  return pages;
}

/** Static paths of `/<slug>/` for each newsroom page. */
export async function getNewsroomPagePaths() {
  return (await getNewsroomPages()).map((page) => ({
    params: { slug: page.slug },
    props: { page },
  }));
}
