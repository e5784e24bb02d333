/**
 * Keyboard first: `/` focuses search, ↑/↓ (and j/k outside text fields) move, Enter opens (with a modifier,
 * in the background), `b` bookmarks, `r` toggles read, → / ← show and hide details, Esc clears or closes.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

export interface KeyboardActions {
  search: RefObject<HTMLInputElement | null>;
  onMove: (step: number) => void;
  onOpen: (background: boolean) => void;
  onBookmark: () => void;
  onRead: () => void;
  onExpand: (expanded: boolean) => void;
  onEscape: () => void;
}

export function useKeyboard(actions: KeyboardActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const act = latest.current;
      const target = event.target as HTMLElement | null;
      const inSearch = target === act.search.current;
      const typing = !inSearch && target !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (typing) {
        if (event.key === 'Escape') target.blur();
        return;
      }
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const letters = plain && !inSearch; // in the search box, letters are typed
      const handled = ((): boolean => {
        switch (event.key) {
          case '/':
            if (inSearch) return false;
            act.search.current?.focus();
            return true;
          case 'ArrowDown':
            act.onMove(1);
            return true;
          case 'ArrowUp':
            act.onMove(-1);
            return true;
          case 'j':
          case 'k':
            if (!letters) return false;
            act.onMove(event.key === 'j' ? 1 : -1);
            return true;
          case 'Enter':
            if (target?.tagName === 'BUTTON' || target?.tagName === 'A') return false;
            act.onOpen(event.ctrlKey || event.metaKey || event.shiftKey);
            return true;
          case 'b':
            if (!letters) return false;
            act.onBookmark();
            return true;
          case 'r':
            if (!letters) return false;
            act.onRead();
            return true;
          case 'ArrowRight':
          case 'ArrowLeft':
            if (inSearch && act.search.current?.value) return false; // the caret moves in a typed query
            act.onExpand(event.key === 'ArrowRight');
            return true;
          case 'Escape':
            act.onEscape();
            return true;
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
