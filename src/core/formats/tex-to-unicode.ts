/**
 * BibTeX field text as plain Unicode: accents (`{\"o}`, `\'e`, `\c{c}`), letters (`\ss`, `\o`), escaped
 * specials (`\&`, `\%`), dashes and quotes (`--`, ` `` `), ties (`~`), and brace protection removed. Math
 * (`$\alpha$`) is kept as TeX, the way paper titles carry it on arXiv; unknown commands are kept as written.
 */
import { collapseWhitespace } from '../text.js';

/** Combining marks of TeX's accent commands. */
const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a', d: '\u0323', b: '\u0331', t: '\u0361',
};
const DOTTED: Record<string, string> = { ı: 'i', ȷ: 'j' };
/** What an accent over nothing (`\~{}`) prints. */
const BARE_ACCENTS: Record<string, string> = { '~': '~', '^': '^', '"': '\u00a8', "'": '\u00b4', '`': '`' };

const SYMBOLS: Record<string, string> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ', dj: 'đ', DJ: 'Đ',
  textbackslash: '\\', textbraceleft: '{', textbraceright: '}', textasciitilde: '~', textasciicircum: '^',
  textless: '<', textgreater: '>', textbar: '|', textdollar: '$', textunderscore: '_', textquotedbl: '"',
  textendash: '–', textemdash: '—', textquoteleft: '‘', textquoteright: '’', textquotedblleft: '“',
  textquotedblright: '”', ldots: '…', dots: '…', textellipsis: '…', textregistered: '®', texttrademark: '™',
  copyright: '©', textcopyright: '©', S: '§', P: '¶', pounds: '£', euro: '€', textdegree: '°', textbullet: '•',
  dag: '†', ddag: '‡', LaTeX: 'LaTeX', TeX: 'TeX', BibTeX: 'BibTeX', guillemotleft: '«', guillemotright: '»',
  quad: ' ', qquad: ' ', '&': '&', '%': '%', $: '$', '#': '#', _: '_', '{': '{', '}': '}', ' ': ' ', '\\': ' ',
  ',': ' ', ';': ' ', ':': ' ', '!': '', '-': '', '/': '', '@': '',
};

/** Commands whose braced argument is the text itself (`\emph{x}` is x) and font switches (`{\bf x}`). */
const DROPPED = new Set(
  (
    'emph textbf textit textsc texttt textrm textsf textsl textup textmd textnormal mbox text url nolinkurl ' +
    'uppercase lowercase MakeUppercase MakeLowercase textsuperscript textsubscript ensuremath bf it em sc rm tt sf ' +
    'sl up md bfseries itshape scshape mdseries upshape rmfamily sffamily ttfamily normalfont noopsort relax protect'
  ).split(' '),
);

/** `--` `---` `` `` `` `''` `` !` `` `` ?` `` as TeX fonts print them, longest first. */
const LIGATURES: [string, string][] = [['---', '—'], ['--', '–'], ['``', '“'], ["''", '”'], ['!`', '¡'], ['?`', '¿']];

/** Accents inside accents deeper than this are copied as they are (only deliberately odd input nests them). */
const MAX_DEPTH = 8;

export function texToUnicode(tex: string): string {
  return collapseWhitespace(decode(tex, 0)).normalize('NFC');
}

function decode(tex: string, depth: number): string {
  // Most of any field is plain text: copied in runs up to the next character that may mean something.
  const special = /[\\{}$~`'!?-]/g;
  let out = '';
  let i = 0;
  while (i < tex.length) {
    special.lastIndex = i;
    const next = special.exec(tex);
    if (!next) return out + tex.slice(i);
    out += tex.slice(i, next.index);
    i = next.index;
    const char = next[0];
    if (char === '$') {
      const close = closingDollar(tex, i + 1);
      if (close > 0) {
        out += tex.slice(i, close + 1);
        i = close + 1;
        continue;
      }
    }
    if (char === '\\') {
      const [text, after] = command(tex, i, depth);
      out += text;
      i = after;
      continue;
    }
    const ligature = '-`\'!?'.includes(char) ? LIGATURES.find(([from]) => tex.startsWith(from, i)) : undefined;
    if (ligature) {
      out += ligature[1];
      i += ligature[0].length;
      continue;
    }
    out += char === '{' || char === '}' ? '' : char === '~' ? ' ' : char;
    i++;
  }
  return out;
}

/** The text of the command at `i` (a backslash) and where reading goes on. */
function command(tex: string, i: number, depth: number): [string, number] {
  const word = /^[a-zA-Z]+/.exec(tex.slice(i + 1, i + 40))?.[0];
  const name = word ?? tex[i + 1] ?? '';
  let next = i + 1 + name.length;
  const accent = Object.hasOwn(ACCENTS, name) ? ACCENTS[name] : undefined;
  if (accent && (word === undefined || name.length === 1) && depth < MAX_DEPTH) {
    // Letter accents (`\c c`) take the next letter after spaces; symbol accents (`\"o`) the very next one.
    if (word !== undefined) next = skipSpaces(tex, next);
    const [argument, after] = accentArgument(tex, next, depth);
    if (argument === '') return [BARE_ACCENTS[name] ?? '', after];
    const [first = '', ...rest] = [...argument];
    // `\'{\i}` is í: the dotless i exists only to carry the accent.
    return [(DOTTED[first] ?? first) + accent + rest.join(''), after];
  }
  const symbol = Object.hasOwn(SYMBOLS, name) ? SYMBOLS[name] : undefined;
  if (symbol !== undefined || (word !== undefined && DROPPED.has(word))) {
    // TeX ends a command word at the first non-letter and drops the spaces after it; `{}` only ends it.
    if (word !== undefined) next = skipSpaces(tex, next);
    if (word !== undefined && tex.startsWith('{}', next)) next += 2;
    return [symbol ?? '', next];
  }
  if (word === 'href') return ['', skipGroup(tex, skipSpaces(tex, next))];
  // Unknown: kept as written, with its braced argument, so nothing is lost (`\cite{x}`, `\mathcal{O}`).
  if (word !== undefined && tex[next] === '{') {
    const end = skipGroup(tex, next);
    return [tex.slice(i, end), end];
  }
  return [tex.slice(i, next), next];
}

/** An accent's argument, decoded: a braced group, a command (`\i`), or one character. */
function accentArgument(tex: string, i: number, depth: number): [string, number] {
  if (tex[i] === '{') {
    const end = skipGroup(tex, i);
    return [decode(tex.slice(i + 1, end - 1), depth + 1), end];
  }
  if (tex[i] === '\\') return command(tex, i, depth + 1);
  if (i >= tex.length) return ['', i];
  const char = String.fromCodePoint(tex.codePointAt(i)!);
  return [char, i + char.length];
}

/** The index after the group opening at `i`; the end of the text when it is not closed. */
function skipGroup(tex: string, i: number): number {
  if (tex[i] !== '{') return i;
  let depth = 0;
  for (let j = i; j < tex.length; j++) {
    if (tex[j] === '{') depth++;
    else if (tex[j] === '}' && --depth === 0) return j + 1;
  }
  return tex.length;
}

function skipSpaces(tex: string, i: number): number {
  while (tex[i] === ' ' || tex[i] === '\t' || tex[i] === '\n' || tex[i] === '\r') i++;
  return i;
}

/** The next unescaped `$` after `from`, or -1. */
function closingDollar(tex: string, from: number): number {
  for (let i = tex.indexOf('$', from); i >= 0; i = tex.indexOf('$', i + 1)) {
    if (tex[i - 1] !== '\\') return i;
  }
  return -1;
}
