/**
 * A BibTeX name list (`Yang, Liu and Lee, Kangwook and others`) as the names people read: "Liu Yang",
 * "Kangwook Lee". Braces keep a group together (`{Barnes and Noble}` is one name, commas inside braces
 * do not split it).
 */
import { texToUnicode } from './tex-to-unicode.js';

export interface NameList {
  names: string[];
  /** The list ended with `and others`: the paper has more authors than are named. */
  more: boolean;
}

export function readNames(tex: string): NameList {
  const names: string[] = [];
  let more = false;
  for (const part of splitTopLevel(tex, /\s+and\s+/iy)) {
    if (/^\s*others\s*$/i.test(part)) more = true;
    else {
      const name = displayName(part);
      if (name) names.push(name);
    }
  }
  return { names, more };
}

/** `Last, First` → `First Last`; `Last, Jr., First` → `First Last Jr.`; `First Last` as it is. */
function displayName(tex: string): string {
  const parts = splitTopLevel(tex, /\s*,\s*/y).map(texToUnicode);
  const [last = '', second, ...rest] = parts;
  if (second === undefined) return last;
  // Three parts: von Last, Jr, First.
  const [first, suffix] = rest.length > 0 ? [rest.join(' '), second] : [second, ''];
  return [first, last, suffix].filter(Boolean).join(' ');
}

/** The text split at each match of `separator` (a sticky pattern) outside braces. */
function splitTopLevel(tex: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const char = tex[i];
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const match = separator.exec(tex);
      if (match && match[0].length > 0) {
        parts.push(tex.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(tex.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}
