/**
 * Where a title or abstract holds TeX math (`$\alpha$`, `S$^{2}$FT`), so BibTeX export can keep it as math
 * instead of escaping it into literal dollars and backslashes.
 */

/**
 * Commands that LaTeX knows in math mode and that Zotero's BibTeX importer turns into text. Math using
 * anything else (`\mathcal`, `\text`, a macro of the paper's own) is written as literal text instead:
 * kept as TeX it would break a LaTeX run or arrive in Zotero as an error.
 */
const KNOWN = new Set(
  (
    'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho ' +
    'varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi ' +
    'Omega times cdot pm mp div ast star circ bullet otimes oplus odot ominus leq geq le ge neq approx sim ' +
    'simeq cong equiv propto ll gg prec succ preceq succeq in notin ni subset supset subseteq supseteq cup cap ' +
    'setminus wedge vee neg forall exists nexists partial nabla infty ell hbar varnothing top bot perp parallel ' +
    'mid to rightarrow leftarrow leftrightarrow Rightarrow Leftarrow Leftrightarrow longrightarrow uparrow ' +
    'downarrow mapsto sum prod int bigcup bigcap langle rangle lfloor rfloor lceil rceil left right ldots cdots ' +
    'dots vdots ddots frac sqrt mathrm bar vec overline prime quad'
  ).split(' '),
);

/** `\{`, `\}`, `\,`, `\;`, `\%`: control symbols both know. */
const KNOWN_SYMBOLS = '{},;%';

export interface MathSpan {
  /** Index of the opening `$`. */
  start: number;
  /** Index just after the closing `$`. */
  end: number;
}

/**
 * The `$…$` spans of a text that are plainly math: an unescaped `$`, no white space just inside either
 * dollar (`$5 and $10` is money), no digit right after the closing one, braces balanced, and only
 * known commands. Display math (`$$`) is not recognised; it is written as text.
 */
export function mathSpans(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  let from = 0;
  for (;;) {
    const open = unescapedDollar(text, from);
    if (open < 0) return spans;
    const close = unescapedDollar(text, open + 1);
    if (close < 0) return spans;
    if (isMath(text.slice(open + 1, close)) && !/\d/.test(text[close + 1] ?? '')) {
      spans.push({ start: open, end: close + 1 });
      from = close + 1;
    } else {
      from = open + 1;
    }
  }
}

function unescapedDollar(text: string, from: number): number {
  for (let i = text.indexOf('$', from); i >= 0; i = text.indexOf('$', i + 1)) {
    if (text[i - 1] !== '\\') return i;
  }
  return -1;
}

function isMath(content: string): boolean {
  if (content === '' || /^\s|\s$/.test(content) || content.endsWith('\\')) return false;
  // `%`, `#` and `&` end or break math in TeX unless escaped; `^^` is TeX's character-code notation.
  if (/(^|[^\\])[%#&]|\^\^|\p{Cc}/u.test(content)) return false;
  // BibTeX counts every brace, escaped or not; TeX counts only unescaped ones. Both must balance.
  if (!balanced(content)) return false;
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
    else if (char === '\\') {
      const name = /^[a-zA-Z]+/.exec(content.slice(i + 1))?.[0];
      if (name ? !KNOWN.has(name) : !KNOWN_SYMBOLS.includes(content[i + 1] ?? '')) return false;
      i += name ? name.length : 1;
    }
  }
  return depth === 0;
}

/** Every brace closes one opened before it, as BibTeX counts them. */
export function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
