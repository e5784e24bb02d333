/**
 * Citation keys in the form people cite by (`yang2023looped`: first author's last name, year, first
 * significant title word), ASCII letters and digits only, unique within one file.
 */

const STOP_WORDS = new Set(
  'a an the on of in for to and or with via from by at is are do does can towards toward into as its your we'.split(' '),
);

/** Letters some alphabets have that Unicode decomposition does not reduce to ASCII. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export interface KeyParts {
  /** The first author's name as shown (`Liu Yang`). */
  firstAuthor?: string;
  year?: string;
  title?: string;
  /** Used when there is neither author nor title. */
  arxivId?: string;
}

/** Hands out keys, adding `a`, `b`, … `z`, `aa` … to a key already given. */
export class KeyMaker {
  private readonly used = new Set<string>();
  /** Per base key, the suffix to try next, so a thousand papers of one key cost no more than a thousand keys. */
  private readonly nextSuffix = new Map<string, number>();

  next(parts: KeyParts): string {
    const base = baseKey(parts);
    let key = base;
    let n = this.nextSuffix.get(base) ?? 0;
    while (this.used.has(key)) key = base + suffix(n++);
    this.nextSuffix.set(base, n);
    this.used.add(key);
    return key;
  }
}

export function baseKey({ firstAuthor, year, title, arxivId }: KeyParts): string {
  const name = ascii(lastName(firstAuthor ?? ''));
  const word = firstWord(title ?? '');
  const key = name + (year ?? '') + word;
  // Keys start with a letter: some tools refuse others. A paper with neither author nor title is its arXiv id.
  if (/^[a-z]/.test(key)) return key;
  return arxivId && !/[a-z]/.test(key) ? `arxiv${ascii(arxivId)}` : `paper${key}`;
}

/** The last word of a display name; a name written `Last, First` gives what is before the comma. */
function lastName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes(',')) return trimmed.slice(0, trimmed.indexOf(','));
  const words = trimmed.split(/\s+/);
  return words[words.length - 1] ?? '';
}

function firstWord(title: string): string {
  for (const raw of title.split(/[\s\-\u2010-\u2015/:]+/)) {
    const word = ascii(raw);
    if (word && !STOP_WORDS.has(word)) return word;
  }
  return '';
}

function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (char) => FOLD[char] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** 0 → a, 25 → z, 26 → aa, … */
function suffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : suffix(Math.floor(n / 26) - 1) + letter;
}
