/**
 * BibTeX syntax, read tolerantly: entries with `{}` or `()` delimiters, values in braces (nested), quotes,
 * numbers or `@string` macros joined with `#`; `@comment`, `@preamble` and text between entries skipped.
 * A broken entry is reported and reading resumes at the next line that starts an entry, so one missing
 * brace costs one entry, not the rest of the file. (A value that really contains a line starting with
 * `@name{` is taken for such a break: rare in bibliographies, and the entry is reported, not lost silently.)
 */
import type { ImportProblem } from '../import-types.js';

export interface BibEntry {
  /** 1-based position among the file's entries (`@string`, `@comment` and `@preamble` not counted). */
  index: number;
  /** Lower case: `misc`, `article`. */
  type: string;
  key: string;
  /** Field names in lower case; values as TeX, macros expanded, `#` parts joined. The first of a repeated field wins, as in BibTeX. */
  fields: Map<string, string>;
}

export interface BibSyntax {
  entries: BibEntry[];
  problems: ImportProblem[];
}

/** BibTeX's predefined month macros. */
const MONTH_MACROS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', may: 'May', jun: 'June',
  jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December',
};

const ENTRY_LINE = /^[ \t]*@[a-zA-Z][\w-]*\s*[{(]/gm;

class SyntaxProblem {
  constructor(readonly reason: string) {}
}

export function parseBibtex(text: string): BibSyntax {
  return new BibReader(text).read();
}

class BibReader {
  private pos = 0;
  /** Where the next line starting an entry begins: nothing read for an entry may run past it. */
  private limit = 0;
  private readonly lineStarts: number[];
  private nextLineStart = 0;
  private entryCount = 0;
  /** Lines counted so far: `line` is the number of the line starting at `pos`. */
  private counted = { pos: 0, line: 1 };
  private readonly strings = new Map<string, string>(Object.entries(MONTH_MACROS));
  private readonly entries: BibEntry[] = [];
  private readonly problems: ImportProblem[] = [];

  constructor(private readonly text: string) {
    this.lineStarts = [...text.matchAll(ENTRY_LINE)].map((match) => match.index + match[0].indexOf('@'));
  }

  read(): BibSyntax {
    const { text } = this;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', this.pos)) {
      this.pos = at + 1;
      this.limit = text.length;
      const type = this.match(/[a-zA-Z][\w-]*/y)?.toLowerCase();
      if (!type) continue;
      this.skipSpace();
      const open = text[this.pos];
      if (open !== '{' && open !== '(') continue; // an @ in text between entries: an e-mail address, a handle
      this.pos++;
      while ((this.lineStarts[this.nextLineStart] ?? Infinity) <= at) this.nextLineStart++;
      this.limit = this.lineStarts[this.nextLineStart] ?? text.length;
      this.readBlock(type, open === '{' ? '}' : ')', at);
    }
    return { entries: this.entries, problems: this.problems };
  }

  private readBlock(type: string, close: string, at: number): void {
    if (type === 'comment' || type === 'preamble') {
      this.skipBlock(close);
      return;
    }
    const index = type === 'string' ? 0 : ++this.entryCount;
    let key = '';
    try {
      if (type === 'string') {
        this.readStrings(close);
        return;
      }
      key = this.readKey(close);
      const fields = this.readFields(close);
      this.entries.push({ index, type, key, fields });
    } catch (problem) {
      if (!(problem instanceof SyntaxProblem)) throw problem;
      const line = this.lineOf(at);
      this.problems.push(
        index === 0
          ? { where: `@string on line ${line}`, reason: problem.reason }
          : { where: `entry ${index}${key ? ` (${key})` : ''}`, reason: `${problem.reason} (line ${line})` },
      );
      this.pos = this.limit;
    }
  }

  private readKey(close: string): string {
    this.skipSpace();
    const start = this.pos;
    const key = this.match(/[^\s,{}()"=#%\\]*/y) ?? '';
    this.skipSpace();
    // `@misc{ title = …` with the key left out: what looked like the key is the first field's name.
    if (this.text[this.pos] === '=') {
      this.pos = start;
      return '';
    }
    const next = this.text[this.pos];
    if (next === ',') this.pos++;
    else if (next !== close) throw this.unexpected('a "," after the citation key');
    return key;
  }

  private readFields(close: string): Map<string, string> {
    const fields = new Map<string, string>();
    for (;;) {
      this.skipSpace();
      const char = this.text[this.pos];
      if (char === close) {
        this.pos++;
        return fields;
      }
      if (char === ',') {
        this.pos++;
        continue;
      }
      // A `%` line between fields: BibTeX has no comments there, but biber reads them and people write them.
      if (char === '%') {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 || end > this.limit ? this.limit : end;
        continue;
      }
      const name = this.fieldName();
      const value = this.readValue(name);
      if (!fields.has(name)) fields.set(name, value);
      this.skipSpace();
      const after = this.text[this.pos];
      if (after !== ',' && after !== close) throw this.unexpected(`"," or "${close}" after the field ${name}`);
    }
  }

  private readStrings(close: string): void {
    this.skipSpace();
    const name = this.fieldName();
    this.strings.set(name, this.readValue(name));
    this.skipSpace();
    if (this.text[this.pos] !== close) throw this.unexpected(`"${close}" to end the @string`);
    this.pos++;
  }

  /** A field name and its `=`. */
  private fieldName(): string {
    if (this.pos >= this.limit) throw new SyntaxProblem('the entry is not closed');
    const name = this.match(/[^\s=,{}()"#%]+/y)?.toLowerCase();
    if (!name) throw this.unexpected('a field name');
    this.skipSpace();
    if (this.text[this.pos] !== '=') throw this.unexpected(`"=" after the field name ${name}`);
    this.pos++;
    return name;
  }

  /** One value: parts joined with `#`. */
  private readValue(field: string): string {
    let value = '';
    for (;;) {
      this.skipSpace();
      const char = this.text[this.pos];
      if (char === '{' || char === '"') {
        value += this.delimited(field);
      } else {
        const word = this.match(/[^\s,#=(){}"%]+/y);
        if (!word) throw new SyntaxProblem(`the field ${field} has no value`);
        // An undefined macro stands for itself: `publisher = ACM` written without braces.
        value += /^\d+$/.test(word) ? word : (this.strings.get(word.toLowerCase()) ?? word);
      }
      this.skipSpace();
      if (this.text[this.pos] !== '#') return value;
      this.pos++;
    }
  }

  /** `{…}` with nested braces, or `"…"` (a quote inside braces does not end it). */
  private delimited(field: string): string {
    const { text } = this;
    const quoted = text[this.pos] === '"';
    const start = ++this.pos;
    let depth = quoted ? 0 : 1;
    const delimiter = /[{}"]/g;
    for (delimiter.lastIndex = start; ; ) {
      const found = delimiter.exec(text);
      if (!found || found.index >= this.limit) break;
      this.pos = found.index;
      const char = found[0];
      if (char === '{') depth++;
      else if (char === '}') {
        depth--;
        if (depth === 0 && !quoted) return text.slice(start, this.pos++);
        if (depth < 0) throw new SyntaxProblem(`the value of ${field} has a "}" that closes nothing`);
      } else if (quoted && depth === 0) {
        return text.slice(start, this.pos++);
      }
    }
    this.pos = this.limit;
    throw new SyntaxProblem(`the value of ${field} is not closed (a missing ${quoted ? '"' : '}'}?)`);
  }

  /** Skips `@comment{…}` or `@preamble{…}`, braces balanced; unbalanced, up to the next entry. */
  private skipBlock(close: string): void {
    const open = close === '}' ? '{' : '(';
    let depth = 1;
    for (; this.pos < this.limit; this.pos++) {
      const char = this.text[this.pos];
      if (char === open) depth++;
      else if (char === close && --depth === 0) {
        this.pos++;
        return;
      }
    }
  }

  private unexpected(wanted: string): SyntaxProblem {
    if (this.pos >= this.limit) return new SyntaxProblem('the entry is not closed');
    const found = this.text.slice(this.pos, this.pos + 12).split('\n')[0];
    return new SyntaxProblem(`expected ${wanted}, found "${found}"`);
  }

  /**
   * A token at the current position. Tokens hold no white space and the next entry's line starts with
   * white space before its `@`, so a token starting before the limit cannot run past it.
   */
  private match(pattern: RegExp): string | undefined {
    if (this.pos >= this.limit) return undefined;
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text)?.[0];
    if (found) this.pos += found.length;
    return found || undefined;
  }

  private skipSpace(): void {
    const { text } = this;
    while (this.pos < this.limit && /\s/.test(text[this.pos]!)) this.pos++;
  }

  /** Line numbers are asked for in file order: counting goes on from the last one, so a file full of broken entries stays linear. */
  private lineOf(pos: number): number {
    for (let i = this.text.indexOf('\n', this.counted.pos); i >= 0 && i < pos; i = this.text.indexOf('\n', i + 1)) {
      this.counted = { pos: i + 1, line: this.counted.line + 1 };
    }
    return this.counted.line;
  }
}
