/**
 * The search page's script, the site's only one: runs Pagefind in the
 * reader's browser against the index built with the site. The query and its
 * filters live in the URL, so a search can be shared and the back button works.
 */

export {};

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  init: () => Promise<void>;
  search: (
    query: string,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>;
}

const FILTERS = ['person', 'place', 'source'] as const;
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let pagefind: Promise<Pagefind> | undefined;
let shown: PagefindSearch['results'] = [];
let run = 0;

function loadPagefind(): Promise<Pagefind> {
  // A path Vite must not bundle: the index is written after the site is built.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    // The WebAssembly and the index's metadata, before the reader's first query.
    await module.init();
    return module;
  });
  return pagefind;
}

// The filter index (every person, place and source) is loaded only when the
// reader turns to the filters or the address names one: most searches do
// without it, and on a large archive it weighs more than the rest together.
let filtersLoaded: Promise<void> | undefined;
function loadFilters(): Promise<void> {
  filtersLoaded ??= loadPagefind().then(async (module) => {
    await module.filters();
  });
  return filtersLoaded;
}

function filterSelect(name: string): HTMLSelectElement {
  return form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
}

/** The search as the URL states it. */
function readUrl(): { query: string; filters: Record<string, string>; sort: string } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters, sort: params.get('sort') ?? '' };
}

function writeUrl(push: boolean): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const name of FILTERS)
    if (filterSelect(name).value) params.set(name, filterSelect(name).value);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  const url = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

// Offers the values that the current results carry, most frequent first.
function fillFilter(name: string, counts: Record<string, number>, chosen: string): void {
  const select = filterSelect(name);
  const any = select.options[0]!;
  const values = Object.entries(counts)
    .filter(([value, count]) => count > 0 || value === chosen)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 50);
  if (chosen && !values.some(([value]) => value === chosen)) values.unshift([chosen, 0]);
  select.replaceChildren(
    any,
    ...values.map(
      ([value, count]) => new Option(`${value} (${count})`, value, false, value === chosen),
    ),
  );
  select.value = chosen;
}

// An excerpt is text with <mark> around the matches; it is rebuilt from its
// text and marks alone, so nothing else in it can reach the page.
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...parsed.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const article = document.createElement('article');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  article.append(heading);
  if (data.meta.date) {
    const date = document.createElement('p');
    date.className = 'search-date';
    date.textContent = data.meta.date;
    article.append(date);
  }
  if (data.meta.summary) {
    const summary = document.createElement('p');
    summary.textContent = data.meta.summary;
    article.append(summary);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  article.append(excerpt);
  item.append(article);
  return item;
}

async function showMore(): Promise<void> {
  const start = list.children.length;
  const page = shown.slice(start, start + PAGE_SIZE);
  const datas = await Promise.all(page.map((result) => result.data()));
  list.append(...datas.map(resultItem));
  more.hidden = list.children.length >= shown.length;
}

async function search(): Promise<void> {
  const { query, filters, sort } = readUrl();
  const current = ++run;
  if (!query) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    for (const name of FILTERS) fillFilter(name, {}, filters[name] ?? '');
    return;
  }
  performance.mark('search-start');
  status.textContent = 'Searching…';
  if (Object.keys(filters).length > 0) await loadFilters();
  const found = await (
    await loadPagefind()
  ).search(query, {
    filters,
    ...(sort === 'newest'
      ? { sort: { date: 'desc' } }
      : sort === 'oldest'
        ? { sort: { date: 'asc' } }
        : {}),
  });
  if (!found || current !== run) return;
  for (const name of FILTERS) fillFilter(name, found.filters[name] ?? {}, filters[name] ?? '');
  shown = found.results;
  list.replaceChildren();
  await showMore();
  if (current !== run) return;
  const count = shown.length;
  status.textContent =
    count === 0
      ? `No articles match “${query}”.`
      : `${count} article${count === 1 ? '' : 's'} match “${query}”.`;
  performance.mark('search-shown');
  performance.measure('search', 'search-start', 'search-shown');
}

// Typing a new query adds one history entry, which later keystrokes update,
// so that the back button returns to the search before it.
let timer: ReturnType<typeof setTimeout> | undefined;
let editing = false;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    writeUrl(!editing);
    editing = true;
    void search();
  }, DEBOUNCE_MS);
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  editing = false;
  writeUrl(true);
  void search();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  writeUrl(!editing);
  editing = false;
  void search();
});
more.addEventListener('click', () => void showMore());
form.querySelector('fieldset')?.addEventListener('focusin', () => {
  if (!filtersLoaded) void loadFilters().then(search);
});
// The form shows the search in the address: on arrival and on back and forward.
function showUrl(): void {
  const { query, sort } = readUrl();
  input.value = query;
  sortSelect.value = sort;
}

window.addEventListener('popstate', () => {
  editing = false;
  showUrl();
  void search();
});

document.querySelector('#search-needs-script')?.setAttribute('hidden', '');
form.hidden = false;
// The index loads while the reader types, so the first results come at once.
showUrl();
void loadPagefind().then(search);
