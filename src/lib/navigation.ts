/** One link of the site's main navigation. */
export interface NavItem {
  label: string;
  url: string;
  /** Whether the page being built belongs to this section. */
  current: boolean;
}

const SECTIONS = [
  { label: 'Latest', url: '/' },
  { label: 'People', url: '/people/' },
  { label: 'Places', url: '/places/' },
  { label: 'Sources', url: '/sources/' },
  { label: 'Archive', url: '/archive/' },
  { label: 'Search', url: '/search/' },
];

/**
 * The header's links, marking the section of the page at `path`: a topic
 * page belongs to its index, and the front page's later pages to Latest.
 */
export function createNavigation(path: string): NavItem[] {
  return SECTIONS.map((section) => ({
    ...section,
    current:
      section.url === '/'
        ? path === '/' || path.startsWith('/page/')
        : path.startsWith(section.url),
  }));
}

/** Where a reader can browse the archive without search: the topic indexes and the dates. */
export const SEARCH_BROWSE_LINKS = [
  { label: 'people', url: '/people/' },
  { label: 'places', url: '/places/' },
  { label: 'sources', url: '/sources/' },
  { label: 'date in the archive', url: '/archive/' },
];
