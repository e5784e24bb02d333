import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Paper } from '../core/paper.js';
import { httpUrl } from '../core/safe-url.js';
import type { StoredIndex } from '../db/search-store.js';
import { describeOpenFailure, type OpenFailure } from '../platform/open-failure.js';
import { clearProblem, readProblem, type Problem } from '../platform/problems.js';
import { readSettings, type PopupView } from '../platform/settings.js';
import * as actions from './actions.js';
import EmptyState from './components/EmptyState.js';
import Footer from './components/Footer.js';
import ResultItem from './components/ResultItem.js';
import SearchBox from './components/SearchBox.js';
import ViewTabs from './components/ViewTabs.js';
import { useKeyboard } from './keyboard.js';
import { openError } from './read-db.js';
import { watchIndex } from './watch-index.js';
import { FIRST_SCREEN, takePrefetch, type CurrentPage } from './prefetch.js';
import { countsOf, useListing, useRecords, type Listing, type View } from './use-results.js';

const PAGE = 50;
const NONE: Paper[] = [];

export default function App() {
  const [stored, setStored] = useState<StoredIndex | undefined>(undefined);
  const [indexState, setIndexState] = useState<'loading' | 'ready' | 'missing'>('loading');
  /** Counts the library's changes while the popup is open (each stored index after the first). */
  const [changes, setChanges] = useState(0);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('all');
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState(0);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [page, setPage] = useState<CurrentPage | undefined>(undefined);
  /** What the popup lists first (settings): the page's papers, or a view of the library. */
  const [startView, setStartView] = useState<PopupView | undefined>(undefined);
  const [recent, setRecent] = useState<Paper[]>([]);
  const prefetch = useMemo(takePrefetch, []);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [openFailure, setOpenFailure] = useState<OpenFailure | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const hadIndex = useRef(false);
  const list = useRef<HTMLUListElement>(null);

  // Layout effects start the reads before the first paint, not after it.
  useLayoutEffect(() => {
    return watchIndex(prefetch.parts, (next) => {
      if (next) {
        if (hadIndex.current) setChanges((count) => count + 1);
        hadIndex.current = true;
        setStored(next);
        setIndexState('ready');
      } else {
        setIndexState('missing');
      }
    });
  }, []);

  useLayoutEffect(() => {
    void prefetch.page.then(setPage);
    void readSettings().then(({ popupView }) => {
      if (popupView === 'unread' || popupView === 'bookmarked') setView(popupView);
      setStartView(popupView);
    });
    void prefetch.recent.then(setRecent).catch(() => undefined);
    void readProblem().then(setProblem);
    void openError().then((error) => error !== undefined && setOpenFailure(describeOpenFailure(error)));
    void navigator.storage?.persisted?.().then((persisted) => (persisted ? true : navigator.storage.persist()));
  }, []);

  const index = stored?.index;
  const recentIds = useMemo(() => recent.map((paper) => paper.id), [recent]);
  // Until the current tab is known, nothing is listed (its papers, if any, come first).
  // Until the current tab and the person's choice of first view are known, nothing is listed.
  const ready = page !== undefined && startView !== undefined;
  const listing = useListing(index, query, view, limit, ready && startView === 'page' ? page.ids : [], ready ? recentIds : []);
  const ids = listing.ids;
  // The records read at open are current only until the library first changes.
  const records = useRecords(ids, changes, changes === 0 ? recent : NONE);
  const fresh = useMemo(() => ids.map((id) => records.get(id)).filter((p): p is Paper => p !== undefined), [ids, records]);
  // The list on screen changes when the new one's first screenful is read: no flash of an empty list
  // (or of "no results") while records load.
  const shownRef = useRef<{ query: string; listing: Listing; papers: Paper[] }>({ query, listing, papers: fresh });
  if (ids.slice(0, FIRST_SCREEN).every((id) => records.has(id))) shownRef.current = { query, listing, papers: fresh };
  const { papers, listing: shownListing, query: shownQuery } = shownRef.current;
  const counts = useMemo(() => countsOf(index), [index]);
  const current = papers[Math.min(selected, papers.length - 1)];

  useEffect(() => setSelected(0), [query, view]);
  useEffect(() => setLimit(PAGE), [query, view]);
  useEffect(() => {
    list.current?.querySelector('.result.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const run = (action: Promise<unknown>): void => {
    action.catch((error: unknown) => setNotice((error as Error).message));
  };
  const open = (url: string, background: boolean): void => run(actions.openUrl(url, background));

  useKeyboard({
    search,
    onMove: (step) => setSelected((index) => Math.max(0, Math.min(papers.length - 1, index + step))),
    onOpen: (background) => {
      const url = current && httpUrl(actions.paperUrl(current));
      if (url) open(url, background);
    },
    onBookmark: () => current && run(actions.toggleBookmark(current)),
    onRead: () => current && run(actions.toggleRead(current)),
    onExpand: (on) => current && setExpanded(on ? current.id : null),
    onEscape: () => {
      if (expanded) setExpanded(null);
      else if (query) setQuery('');
      else window.close();
    },
  });

  const heading =
    shownListing.kind === 'page'
      ? `On this page · ${shownListing.total}`
      : shownListing.kind === 'search'
        ? `${shownListing.total.toLocaleString()} result${shownListing.total === 1 ? '' : 's'}`
        : view === 'all'
          ? 'Recently seen'
          : view === 'unread'
            ? 'Unread, recently seen first'
            : 'Bookmarked, recently seen first';
  const libraryEmpty = indexState !== 'loading' && (counts?.all ?? 0) === 0 && papers.length === 0;
  const unreadShown = papers.filter((paper) => paper.readAt === undefined);

  return (
    <div class="popup">
      <header class="top">
        <SearchBox
          inputRef={search}
          label="Search papers"
          placeholder="Search papers  ·  is:unread  tag:rl  year:>2023  site:hf"
          value={query}
          onInput={setQuery}
        />
        <ViewTabs view={view} counts={counts} onChange={setView} />
      </header>
      {problem && (
        <div class="problem" role="alert">
          <span>{problem.message}</span>
          <button type="button" onClick={() => void clearProblem().then(() => setProblem(undefined))}>
            Dismiss
          </button>
        </div>
      )}
      <main class="results" aria-busy={indexState === 'loading' && !openFailure}>
        {openFailure ? (
          <div class="open-failure" role="alert">
            <h1>{openFailure.title}</h1>
            <p>{openFailure.advice}</p>
          </div>
        ) : libraryEmpty ? (
          <EmptyState kind="library" onOpen={open} />
        ) : papers.length === 0 && indexState !== 'loading' ? (
          <EmptyState kind={shownQuery.trim() ? 'search' : view} query={shownQuery} />
        ) : (
          <>
            <div class="list-head">
              <h1>{heading}</h1>
              {unreadShown.length > 1 && (
                <button type="button" class="link-button" onClick={() => run(actions.markAllRead(unreadShown.map((p) => p.id)))}>
                  Mark all {unreadShown.length} shown as read
                </button>
              )}
            </div>
            <ul ref={list} class="list" aria-label="Papers" data-query={shownQuery}>
              {papers.map((paper, i) => (
                <ResultItem
                  key={paper.id}
                  paper={paper}
                  terms={shownListing.terms.get(paper.id) ?? []}
                  selected={i === selected}
                  expanded={expanded === paper.id}
                  onSelect={() => setSelected(i)}
                  onOpen={open}
                  onToggleBookmark={() => run(actions.toggleBookmark(paper))}
                  onToggleRead={() => run(actions.toggleRead(paper))}
                  onToggleExpanded={() => setExpanded(expanded === paper.id ? null : paper.id)}
                  onTags={(tags) => run(actions.saveTags(paper, tags))}
                  onNote={(note) => run(actions.saveNote(paper, note))}
                />
              ))}
            </ul>
            {shownListing.total > papers.length && papers.length >= limit && (
              <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
                Show {Math.min(PAGE, shownListing.total - papers.length)} more of {shownListing.total.toLocaleString()}
              </button>
            )}
          </>
        )}
      </main>
      <Footer site={page?.site ?? ''} notice={notice} onNotice={setNotice} />
    </div>
  );
}
