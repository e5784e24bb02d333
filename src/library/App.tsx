import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Paper } from '../core/paper.js';
import { send } from '../platform/messaging.js';
import { countsOf, type View } from '../popup/use-results.js';
import SearchBox from '../popup/components/SearchBox.js';
import BulkBar, { type BulkAction } from './components/BulkBar.js';
import DetailPane from './components/DetailPane.js';
import ExportDialog from './components/ExportDialog.js';
import ImportDialog from './components/ImportDialog.js';
import SettingsView from './components/SettingsView.js';
import Sidebar from './components/Sidebar.js';
import Table, { ROW_HEIGHT } from './components/Table.js';
import Toast, { type ToastMessage } from './components/Toast.js';
import TrashView from './components/TrashView.js';
import { useLibraryKeys } from './keyboard.js';
import { listTable } from './listing.js';
import type { Row } from './rows.js';
import { clickSelect, keepExisting, NO_SELECTION, toggleAll, type Selection } from './selection.js';
import { FIRST_DIRECTION, type Column, type Sort } from './sort-rows.js';
import { countRows, tagCountsOf } from './tag-counts.js';
import { useHashRoute } from './use-hash-route.js';
import { useLibrary } from './use-library.js';
import { scrollRowIntoView } from './use-virtual.js';

/**
 * Papers listed at first in the search's order: a search of 100,000 papers answers its first thousand in a
 * few milliseconds, all of them in tens. Scrolling near the end lists a thousand more.
 */
const LISTED = 1_000;

type Dialog = { kind: 'export'; initial: 'all' | 'listed' | 'selected' } | { kind: 'import' } | undefined;

export default function App() {
  const route = useHashRoute();
  const library = useLibrary();
  const { rows, version, index } = library;
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('all');
  const [tag, setTag] = useState<string | undefined>(undefined);
  const [sort, setSort] = useState<Sort>({ column: 'relevance', descending: false });
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [active, setActive] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(undefined);
  const [toast, setToast] = useState<ToastMessage | undefined>(undefined);
  const search = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const fullQuery = tag ? `${query} tag:${tag}` : query;
  const [limit, setLimit] = useState(LISTED);
  useEffect(() => setLimit(LISTED), [fullQuery, view, sort]);
  const listing = useMemo(() => listTable(index, rows, fullQuery, view, sort, limit), [index, rows, version, fullQuery, view, sort, limit]);
  const counts = useMemo(() => countsOf(index) ?? countRows(rows.values()), [index, rows, version]);
  const tags = useMemo(() => tagCountsOf(rows.values()), [rows, version]);
  const selectedIds = useMemo(() => [...selection.ids], [selection]);
  const selectedTags = useMemo(() => [...new Set(selectedIds.flatMap((id) => rows.get(id)?.tags ?? []))].sort(), [selectedIds, version]);

  useEffect(() => setSelection((current) => keepExisting(current, (id) => rows.has(id))), [version]);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [fullQuery, view, sort]);

  const notify = (text: string, undo?: () => void): void => setToast({ text, undo, at: Date.now() });
  const fail = (error: unknown): void => notify((error as Error).message);
  const plural = (count: number): string => `${count.toLocaleString()} paper${count === 1 ? '' : 's'}`;

  const update = (paper: Pick<Paper, 'id'>, change: { bookmarked?: boolean; read?: boolean; tags?: string[]; note?: string }): void => {
    send('paper/update', { id: paper.id, ...change }).catch(fail);
  };
  const toggleRead = (row: Row): void => update(row, { read: row.readAt === undefined });
  const toggleBookmark = (row: Row): void => update(row, { bookmarked: row.bookmarkedAt === undefined });

  const remove = (ids: string[]): void => {
    if (ids.length === 0) return;
    send('papers/delete', { ids })
      .then((count) => {
        setSelection(NO_SELECTION);
        if (active && ids.includes(active)) setActive(undefined);
        notify(`Deleted ${plural(count)}.`, () => {
          send('papers/restore', { ids })
            .then((restored) => notify(`Restored ${plural(restored)}.`))
            .catch(fail);
        });
      })
      .catch(fail);
  };

  const bulk = (action: BulkAction): void => {
    const ids = selectedIds;
    const edit = (change: Parameters<typeof send<'papers/edit'>>[1], done: (count: number) => string): void => {
      send('papers/edit', change).then((count) => notify(done(count)), fail);
    };
    switch (action.kind) {
      case 'read':
        return edit({ ids, read: action.on }, (n) => `Marked ${plural(n)} as ${action.on ? 'read' : 'unread'}.`);
      case 'bookmark':
        return edit({ ids, bookmarked: action.on }, (n) => `${action.on ? 'Bookmarked' : 'Removed the bookmark of'} ${plural(n)}.`);
      case 'add-tag':
        return edit({ ids, addTags: [action.tag] }, (n) => `Tagged ${plural(n)} “${action.tag}”.`);
      case 'remove-tag':
        return edit({ ids, removeTags: [action.tag] }, (n) => `Removed “${action.tag}” from ${plural(n)}.`);
      case 'delete':
        return remove(ids);
      case 'export':
        return setDialog({ kind: 'export', initial: 'selected' });
    }
  };

  const sortBy = (column: Column): void =>
    setSort((current) =>
      current.column === column ? { column, descending: !current.descending } : { column, descending: FIRST_DIRECTION[column] },
    );

  const activeIndex = active ? listing.ids.indexOf(active) : -1;
  const activeRow = active ? rows.get(active) : undefined;
  const move = (step: number): void => {
    const next = listing.ids[Math.max(0, Math.min(listing.ids.length - 1, activeIndex + step))];
    if (!next) return;
    setActive(next);
    scrollRowIntoView(scroller.current, listing.ids.indexOf(next), ROW_HEIGHT, ROW_HEIGHT);
  };

  useLibraryKeys(route === 'library' && !dialog, {
    search,
    onMove: move,
    onToggleSelect: () => active && setSelection((current) => clickSelect(current, listing.ids, active, false)),
    onSelectAll: () => setSelection({ ids: new Set(listing.ids) }),
    onBookmark: () => activeRow && toggleBookmark(activeRow),
    onRead: () => activeRow && toggleRead(activeRow),
    onDelete: () => remove(selection.ids.size > 0 ? selectedIds : active ? [active] : []),
    onEscape: () => {
      if (active) setActive(undefined);
      else if (selection.ids.size > 0) setSelection(NO_SELECTION);
      else if (query) setQuery('');
    },
  });

  const open = (url: string, background: boolean): void => {
    browser.tabs.create({ url, active: !background }).catch(fail);
  };
  const empty = !library.loading && rows.size === 0 && !library.error;
  const sortLabel = sort.column === 'relevance' ? (listing.searching ? 'best match first' : 'most recently seen first') : undefined;

  return (
    <div class={`lib${active && route === 'library' ? ' with-detail' : ''}`}>
      <Sidebar
        route={route}
        view={view}
        counts={counts}
        tags={tags}
        activeTag={tag}
        onView={(next) => {
          setView(next);
          if (route !== 'library') location.hash = '';
        }}
        onTag={(next) => {
          setTag(next);
          if (route !== 'library') location.hash = '';
        }}
        onRenameTag={(from, to) => send('tags/rename', { from, to }).then((n) => notify(`Renamed “${from}” to “${to}” on ${plural(n)}.`), fail)}
        onDeleteTag={(name) => {
          send('tags/delete', { tag: name }).then((n) => {
            if (tag === name) setTag(undefined);
            notify(`Removed the tag “${name}” from ${plural(n)}.`);
          }, fail);
        }}
      />
      {route === 'settings' ? (
        <SettingsView onNotice={(text) => notify(text)} />
      ) : route === 'trash' ? (
        <TrashView onNotice={(text) => notify(text)} />
      ) : (
        <main class="lib-main">
          <header class="lib-top">
            <SearchBox
              inputRef={search}
              label="Search the library"
              placeholder="Search titles, authors, abstracts, tags, notes  ·  is:unread  tag:rl  year:>2023  site:arxiv"
              value={query}
              onInput={(next) => {
                // Typed words list the best matches first: a column sort over every match of a word still
                // being typed costs a second at 100,000 papers. A click on a column sorts the results.
                if (next.trim() !== query.trim() && next.trim() !== '') setSort({ column: 'relevance', descending: false });
                setQuery(next);
              }}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown') {
                  event.preventDefault();
                  (event.currentTarget as HTMLInputElement).blur();
                  move(active ? 0 : 1);
                }
              }}
            />
            <button type="button" onClick={() => setDialog({ kind: 'import' })}>
              Import…
            </button>
            <button type="button" onClick={() => setDialog({ kind: 'export', initial: 'all' })} disabled={rows.size === 0}>
              Export…
            </button>
          </header>
          {library.error && (
            <p class="problem" role="alert">
              {library.error}
            </p>
          )}
          {selection.ids.size > 0 ? (
            <BulkBar count={selection.ids.size} selectedTags={selectedTags} onAction={bulk} onClear={() => setSelection(NO_SELECTION)} />
          ) : (
            <div class="list-summary" aria-live="polite" data-query={query}>
              <span>
                {listing.total.toLocaleString()} {listing.total === 1 ? 'paper' : 'papers'}
                {tag && (
                  <>
                    {' '}
                    tagged <span class="tag-chip static">{tag}</span>
                  </>
                )}
                {sortLabel && `, ${sortLabel}`}
              </span>
              {library.loading && (
                <span class="loading">
                  Reading the library…
                  {library.loading.total > 0 && (
                    <>
                      {' '}
                      {library.loading.done.toLocaleString()} of {library.loading.total.toLocaleString()}
                      <progress max={library.loading.total} value={library.loading.done} aria-label="Papers read" />
                    </>
                  )}
                </span>
              )}
            </div>
          )}
          {empty ? (
            <section class="empty">
              <h2>Your library is empty</h2>
              <p>
                Paperdex saves every paper on the pages you visit: Hugging Face Daily Papers (and its week, month, trending and search pages), arXiv
                listings and abstract pages. Visit one, or import a Paperdex export, a BibTeX file or a list of arXiv ids.
              </p>
              <p>
                <button type="button" class="link-button" onClick={() => open('https://huggingface.co/papers', false)}>
                  Open Hugging Face Daily Papers
                </button>{' '}
                ·{' '}
                <button type="button" class="link-button" onClick={() => setDialog({ kind: 'import' })}>
                  Import a file
                </button>
              </p>
            </section>
          ) : listing.ids.length === 0 && !library.loading ? (
            <section class="empty">
              <h2>No papers match</h2>
              <p>{query ? `Nothing matches “${query}”${view !== 'all' ? ` among ${view} papers` : ''}.` : `No ${view} papers${tag ? ` tagged ${tag}` : ''}.`}</p>
            </section>
          ) : (
            <Table
              ids={listing.ids}
              rows={rows}
              terms={listing.terms}
              sort={sort}
              selected={selection.ids}
              active={active}
              scroller={scroller}
              compact={active !== undefined}
              onNearEnd={() => {
                if (listing.ids.length < listing.total && listing.ids.length >= limit) setLimit(limit + LISTED);
              }}
              onSort={sortBy}
              onSelect={(id, range) => setSelection((current) => clickSelect(current, listing.ids, id, range))}
              onSelectAll={() => setSelection((current) => toggleAll(current, listing.ids))}
              onActivate={(id) => setActive(id === active ? undefined : id)}
              onToggleRead={toggleRead}
              onToggleBookmark={toggleBookmark}
              onTag={(name) => setTag(name)}
            />
          )}
        </main>
      )}
      {active && route === 'library' && (
        <DetailPane
          id={active}
          version={version}
          terms={listing.terms.get(active) ?? []}
          onClose={() => setActive(undefined)}
          onOpen={open}
          onUpdate={update}
        />
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          total={rows.size}
          listed={listing.ids}
          selected={selectedIds}
          initial={dialog.initial === 'selected' && selectedIds.length === 0 ? 'all' : dialog.initial}
          onDone={(text) => {
            setDialog(undefined);
            notify(text);
          }}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog
          onDone={(text) => {
            setDialog(undefined);
            notify(text);
          }}
          onClose={() => setDialog(undefined)}
        />
      )}
      <Toast message={toast} onDismiss={() => setToast(undefined)} />
    </div>
  );
}
