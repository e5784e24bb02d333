/**
 * The library's keys, when no text field has focus: `/` search, ↑↓ or j/k move, x or Space select,
 * Ctrl+A select all listed, b bookmark, r read, Delete delete (with undo), Esc close or clear.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface LibraryKeys {
  search: { current: HTMLInputElement | null };
  onMove: (step: number) => void;
  onToggleSelect: () => void;
  onSelectAll: () => void;
  onBookmark: () => void;
  onRead: () => void;
  onDelete: () => void;
  onEscape: () => void;
}

export function useLibraryKeys(enabled: boolean, keys: LibraryKeys): void {
  const current = useRef(keys);
  current.current = keys;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      const handlers = current.current;
      const target = event.target as HTMLElement;
      const typing = target.closest('input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable]') !== null;
      if (event.key === 'Escape') {
        if (typing && target === handlers.search.current && handlers.search.current.value === '') handlers.search.current.blur();
        if (!typing) handlers.onEscape();
        return;
      }
      if (typing) return;
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const handled = (() => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'a') return handlers.onSelectAll(), true;
        if (!plain) return false;
        switch (event.key) {
          case '/':
            handlers.search.current?.focus();
            return true;
          case 'ArrowDown':
          case 'j':
            handlers.onMove(1);
            return true;
          case 'ArrowUp':
          case 'k':
            handlers.onMove(-1);
            return true;
          case 'x':
          case ' ':
            if (target.closest('button')) return false;
            handlers.onToggleSelect();
            return true;
          case 'b':
            handlers.onBookmark();
            return true;
          case 'r':
            handlers.onRead();
            return true;
          case 'Delete':
            handlers.onDelete();
            return true;
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
