/**
 * Virtual scrolling for fixed-height rows: only the rows in view (plus a margin) are in the DOM, so a
 * table of 100,000 papers costs what a table of 40 does. Rows are one line high by design, so a fixed
 * height is exact and no measuring library is needed.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

export interface Window {
  first: number;
  last: number;
  /** Space above and below the rendered rows, in pixels. */
  before: number;
  after: number;
}

export function visibleWindow(count: number, rowHeight: number, scrollTop: number, height: number, margin = 10): Window {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - margin);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + margin);
  return { first, last: Math.max(first, last), before: first * rowHeight, after: Math.max(0, count - last) * rowHeight };
}

export function useVirtual(scroller: { current: HTMLElement | null }, count: number, rowHeight: number): Window {
  const [view, setView] = useState({ top: 0, height: 800 });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = (): void => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller.current]);
  return visibleWindow(count, rowHeight, view.top, view.height);
}

/** Scrolls so that row `index` is in view, if it is not. */
export function scrollRowIntoView(element: HTMLElement | null, index: number, rowHeight: number, header: number): void {
  if (!element) return;
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < element.scrollTop) element.scrollTop = top;
  else if (bottom > element.scrollTop + element.clientHeight - header) element.scrollTop = bottom - element.clientHeight + header;
}
