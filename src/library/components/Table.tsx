import { useEffect, useRef } from 'preact/hooks';
import { formatDay, formatTime } from '../../popup/format.js';
import AuthorNames from '../../popup/components/AuthorNames.js';
import Highlighted from '../../popup/components/Highlighted.js';
import type { Row } from '../rows.js';
import type { Column, Sort } from '../sort-rows.js';
import { useVirtual } from '../use-virtual.js';

export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 36;

/** `wide`: shown only when the table has the page's width (not beside an open paper's details). */
const COLUMNS: { column: Column; label: string; className: string; wide?: boolean }[] = [
  { column: 'title', label: 'Title', className: 'col-title' },
  { column: 'authors', label: 'Authors', className: 'col-authors' },
  { column: 'published', label: 'Published', className: 'col-date', wide: true },
  { column: 'firstSeen', label: 'First seen', className: 'col-date', wide: true },
  { column: 'lastSeen', label: 'Last seen', className: 'col-date' },
  { column: 'upvotes', label: 'Upvotes', className: 'col-num', wide: true },
  { column: 'read', label: 'Read', className: 'col-flag' },
  { column: 'bookmarked', label: 'Saved', className: 'col-flag' },
  { column: 'tags', label: 'Tags', className: 'col-tags', wide: true },
];

export type TableProps = {
  ids: readonly string[];
  rows: ReadonlyMap<string, Row>;
  terms: ReadonlyMap<string, string[]>;
  sort: Sort;
  selected: ReadonlySet<string>;
  /** The row the keyboard is on, and whose details are open. */
  active: string | undefined;
  scroller: { current: HTMLDivElement | null };
  /** Fewer columns, when the paper details take part of the page. */
  compact: boolean;
  /** The rows in view are near the end of the list: list more, if there are. */
  onNearEnd: () => void;
  onSort: (column: Column) => void;
  onSelect: (id: string, range: boolean) => void;
  onSelectAll: () => void;
  onActivate: (id: string) => void;
  onToggleRead: (row: Row) => void;
  onToggleBookmark: (row: Row) => void;
  onTag: (tag: string) => void;
};

export default function Table(props: TableProps) {
  const { ids, rows, sort, selected, active } = props;
  const columns = props.compact ? COLUMNS.filter((column) => !column.wide) : COLUMNS;
  const window = useVirtual(props.scroller, ids.length, ROW_HEIGHT);
  const nearEnd = window.last >= ids.length - 50;
  useEffect(() => {
    if (nearEnd) props.onNearEnd();
  }, [nearEnd, ids.length]);
  const allSelected = ids.length > 0 && selected.size >= ids.length && ids.every((id) => selected.has(id));
  const headerBox = useRef<HTMLInputElement>(null);
  if (headerBox.current) headerBox.current.indeterminate = selected.size > 0 && !allSelected;
  return (
    <div class="table-scroll" ref={props.scroller} tabIndex={-1}>
      <table class={`papers${props.compact ? ' compact' : ''}`} aria-rowcount={ids.length + 1}>
        <colgroup>
          <col class="col-check" />
          {columns.map(({ column, className }) => (
            <col key={column} class={className} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: `${HEADER_HEIGHT}px` }}>
            <th class="col-check" scope="col">
              <input ref={headerBox} type="checkbox" aria-label="Select all listed papers" checked={allSelected} onChange={props.onSelectAll} />
            </th>
            {columns.map(({ column, label, className }) => {
              const sorted = sort.column === column;
              return (
                <th key={column} class={className} scope="col" aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" class="sort" onClick={() => props.onSort(column)}>
                    {label}
                    <span class="sort-arrow" aria-hidden="true">
                      {sorted ? (sort.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {window.before > 0 && <tr class="spacer" style={{ height: `${window.before}px` }} aria-hidden="true" />}
          {ids.slice(window.first, window.last).map((id, offset) => {
            const row = rows.get(id);
            if (!row) return null;
            return (
              <TableRow
                key={id}
                row={row}
                position={window.first + offset + 2}
                terms={props.terms.get(id) ?? []}
                selected={selected.has(id)}
                active={active === id}
                wide={!props.compact}
                props={props}
              />
            );
          })}
          {window.after > 0 && <tr class="spacer" style={{ height: `${window.after}px` }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = {
  row: Row;
  position: number;
  terms: readonly string[];
  selected: boolean;
  active: boolean;
  wide: boolean;
  props: TableProps;
};

function TableRow({ row, position, terms, selected, active, wide, props }: RowProps) {
  const read = row.readAt !== undefined;
  const saved = row.bookmarkedAt !== undefined;
  return (
    <tr
      class={`paper-row${selected ? ' is-selected' : ''}${active ? ' is-active' : ''}${read ? ' is-read' : ''}`}
      aria-rowindex={position}
      aria-selected={selected}
      data-id={row.id}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('button, input, a')) return;
        if (event.shiftKey || event.ctrlKey || event.metaKey) props.onSelect(row.id, event.shiftKey);
        else props.onActivate(row.id);
      }}
    >
      <td class="col-check">
        <input
          type="checkbox"
          aria-label={`Select ${row.title}`}
          checked={selected}
          onClick={(event) => {
            event.preventDefault();
            props.onSelect(row.id, event.shiftKey);
          }}
        />
      </td>
      <td class="col-title">
        <button type="button" class="row-title" dir="auto" title={row.title} onClick={() => props.onActivate(row.id)}>
          <Highlighted text={row.title} terms={terms} />
        </button>
      </td>
      <td class="col-authors" title={row.authors}>
        {row.names.length > 0 ? (
          <>
            <AuthorNames names={row.names} terms={terms} />
            {row.moreAuthors > 0 && ` +${row.moreAuthors}`}
          </>
        ) : (
          row.authors
        )}
      </td>
      {wide && <td class="col-date">{formatDay(row.published.length === 10 ? row.published : '') || row.published}</td>}
      {wide && <td class="col-date">{formatTime(row.firstSeenAt)}</td>}
      <td class="col-date">{formatTime(row.lastSeenAt)}</td>
      {wide && <td class="col-num">{row.upvotes ?? ''}</td>}
      <td class="col-flag">
        <button
          type="button"
          class={`flag read-flag${read ? ' on' : ''}`}
          aria-pressed={read}
          aria-label="Read"
          title={read ? `Read ${formatTime(row.readAt!)}` : 'Mark as read'}
          onClick={() => props.onToggleRead(row)}
        >
          ✓
        </button>
      </td>
      <td class="col-flag">
        <button
          type="button"
          class={`flag save-flag${saved ? ' on' : ''}`}
          aria-pressed={saved}
          aria-label="Bookmark"
          title={saved ? `Bookmarked ${formatTime(row.bookmarkedAt!)}` : 'Bookmark'}
          onClick={() => props.onToggleBookmark(row)}
        >
          ★
        </button>
      </td>
      {wide && (
        <td class="col-tags">
          {row.tags.map((tag) => (
            <button key={tag} type="button" class="tag-chip" onClick={() => props.onTag(tag)}>
              {tag}
            </button>
          ))}
        </td>
      )}
    </tr>
  );
}
