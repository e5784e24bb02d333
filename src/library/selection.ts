/** The table's selection: clicks, shift-click ranges and select-all, as pure set operations. */

export interface Selection {
  ids: ReadonlySet<string>;
  /** Where the last plain click landed: the other end of a shift-click range. */
  anchor?: string;
}

export const NO_SELECTION: Selection = { ids: new Set() };

/** Toggles one paper; with `range`, selects every paper between the anchor and this one (in `order`). */
export function clickSelect(selection: Selection, order: readonly string[], id: string, range: boolean): Selection {
  if (range && selection.anchor !== undefined) {
    const from = order.indexOf(selection.anchor);
    const to = order.indexOf(id);
    if (from >= 0 && to >= 0) {
      const ids = new Set(selection.ids);
      for (const each of order.slice(Math.min(from, to), Math.max(from, to) + 1)) ids.add(each);
      return { ids, anchor: selection.anchor };
    }
  }
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** All of `order` selected, or none when all already are. */
export function toggleAll(selection: Selection, order: readonly string[]): Selection {
  const all = order.length > 0 && order.every((id) => selection.ids.has(id));
  return all ? NO_SELECTION : { ids: new Set(order) };
}

/** Drops papers that are gone from the library. */
export function keepExisting(selection: Selection, exists: (id: string) => boolean): Selection {
  const ids = [...selection.ids].filter(exists);
  return ids.length === selection.ids.size ? selection : { ids: new Set(ids), ...(selection.anchor ? { anchor: selection.anchor } : {}) };
}
