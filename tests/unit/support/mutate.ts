/**
 * Mutators for fuzzing the parsers and importers, shared by the unit tests (`tests/unit/fuzz-*.test.ts`)
 * and the benchmark (`bench/fuzz.ts`, bundled into a Chromium page). Each mutation is plain data drawn by
 * a fast-check arbitrary and applied by a pure function, so a failing input shrinks to a short, readable
 * list of edits to a real seed or saved page. Positions are fractions of the input's length, so the same
 * edit means the same thing on an input of any size. No Node or test-runner API here.
 */
import fc from 'fast-check';

/** How far the mutators go: small for the unit tests, large for the benchmark. */
export interface Scale {
  /** Most copies a repeated slice or element gets. */
  maxRepeat: number;
  /** Deepest nesting added around an element or inside JSON. */
  maxDepth: number;
  /** Largest size (characters) a `grow` mutation makes the input; 0: no growing. */
  maxGrow: number;
  /** Longest slice deleted, duplicated or swapped, in characters. */
  maxSlice: number;
}

/** The most characters one repeat adds (see repeatWithin). */
export const MAX_REPEAT = 2_000_000;

export const TEST_SCALE: Scale = { maxRepeat: 30, maxDepth: 200, maxGrow: 0, maxSlice: 4_000 };
export const BENCH_SCALE: Scale = { maxRepeat: 1_000, maxDepth: 2_000, maxGrow: 1_000_000, maxSlice: 50_000 };

// ---------------------------------------------------------------------------------------------------------
// Text

export type TextMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'swap'; a: number; b: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'grow'; at: number; length: number; size: number };

/** Things that break parsers: markup, quotes, braces, entities, control and direction characters, ids. */
export const NASTY_SNIPPETS: readonly string[] = [
  '<', '>', '</', '<div>', '</div>', '<article>', '</article>', '<h3><a href="/papers/2401.00001">', '</a></h3>',
  '<p class="line-clamp-3">', '<dl><dt>', '</dd></dl>', '<script>', '</script>', '<style>', '<!--', '-->',
  '<![CDATA[', ']]>', '<meta name="citation_arxiv_id" content="2311.12424">', '<svg>', '<template>', '<br>',
  '"', "'", '`', '{', '}', '[', ']', '{"', '":', '":{', '\\', '\\"', '\\u0000', '&quot;', '&amp;', '&lt;',
  '&#0;', '&#x110000;', '&#xD800;', '&nbsp;', '\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\ufffd',
  '\ud800', '\udfff', '\u200b', '\u200d', '\u2028', '\u2029', '\u202e', '\u2066', '\ufeff', '\u00a0', '\r',
  '\r\n', '\n', '\n\n', '\t', '\u000b', '\u000c', 'arXiv:2401.00001', 'arXiv:2401.00001v3', 'arXiv:hep-th/9901001',
  'arXiv:1501.0001', 'arXiv:9999.99999', '2311.12424', '• 3 authors', '·', 'Mar 12', 'Feb 29, 2024 7',
  'Published on Oct 4, 2026', 'Subscribe', 'Get trending papers in your email inbox!', 'new', '1,234', '-',
  '12k', 'NaN', 'Infinity', '1e999', '__proto__', 'constructor', 'prototype', '$^{2}$', '\\emph{x}', 'ǅ',
  'İ', 'ß', 'ﬁ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '🧪', '👩‍🔬', 'a\u0301', '\u0300\u0300\u0300', 'ｆｕｌｌ',
  // BibTeX
  '@', '@misc{', '@article(', '@string{x = "y"}', '@comment{', '@preamble{"', ' # ', ' # x # ', '%', '{\\"o}',
  '\\url{', 'title = {', 'author = {A and B and others}', 'eprint = {2401.00001v2}', 'doi = {10.48550/arXiv.x}',
  ',\n', '= ,', '{{{{{{', '}}}}}}', '\\\\', '$', '$$', '\\begin{x}',
];

/** Text to insert: unicode, any code unit (controls, lone surrogates), or runs of the snippets above. */
export function insertedText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...NASTY_SNIPPETS),
    fc.array(fc.constantFrom(...NASTY_SNIPPETS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 20 }).map((codes) => String.fromCharCode(...codes)),
  );
}

const fraction = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 0xffff }).map((n) => n / 0x10000);

function sliceLength(scale: Scale): fc.Arbitrary<number> {
  return fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: scale.maxSlice }));
}

export function textMutation(scale: Scale = TEST_SCALE): fc.Arbitrary<TextMutation> {
  const length = sliceLength(scale);
  const options: fc.Arbitrary<TextMutation>[] = [
    fc.record({ kind: fc.constant('truncate' as const), at: fraction() }),
    fc.record({ kind: fc.constant('delete' as const), at: fraction(), length }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fraction(), length, to: fraction() }),
    fc.record({ kind: fc.constant('swap' as const), a: fraction(), b: fraction(), length }),
    fc.record({ kind: fc.constant('insert' as const), at: fraction(), text: insertedText() }),
    fc.record({
      kind: fc.constant('repeat' as const),
      at: fraction(),
      length: fc.integer({ min: 1, max: 2_000 }),
      times: fc.integer({ min: 2, max: scale.maxRepeat }),
    }),
  ];
  if (scale.maxGrow > 0) {
    options.push(
      fc.record({
        kind: fc.constant('grow' as const),
        at: fraction(),
        length: fc.integer({ min: 200, max: 20_000 }),
        size: fc.integer({ min: 100_000, max: scale.maxGrow }),
      }),
    );
  }
  return fc.oneof(...options);
}

export function textMutations(scale: Scale = TEST_SCALE, maxLength = 5): fc.Arbitrary<TextMutation[]> {
  return fc.array(textMutation(scale), { minLength: 1, maxLength });
}

export function applyTextMutation(text: string, mutation: TextMutation): string {
  const at = (f: number): number => Math.floor(f * (text.length + 1));
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, at(mutation.at));
    case 'delete': {
      const start = at(mutation.at);
      return text.slice(0, start) + text.slice(start + mutation.length);
    }
    case 'duplicate': {
      const start = at(mutation.at);
      const slice = text.slice(start, start + mutation.length);
      const to = at(mutation.to);
      return text.slice(0, to) + slice + text.slice(to);
    }
    case 'swap': {
      const [a, second] = [at(mutation.a), at(mutation.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(mutation.length, second - a);
      const b = Math.min(second, text.length - length);
      if (length <= 0 || b < a + length) return text;
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'insert': {
      const start = at(mutation.at);
      return text.slice(0, start) + mutation.text + text.slice(start);
    }
    case 'repeat': {
      const start = at(mutation.at);
      const slice = text.slice(start, start + mutation.length);
      return text.slice(0, start) + repeatWithin(slice, mutation.times) + text.slice(start + slice.length);
    }
    case 'grow': {
      const start = at(mutation.at);
      const slice = text.slice(start, start + mutation.length) || text || ' ';
      const times = Math.max(1, Math.ceil((mutation.size - text.length) / slice.length));
      return text.slice(0, start) + repeatWithin(slice, times) + text.slice(start);
    }
  }
}

/**
 * Copies of a text, as many as asked but no longer than MAX_REPEAT in all: repeats of repeats would
 * otherwise grow past what any page or file is (and past the longest string JavaScript allows).
 */
export function repeatWithin(text: string, times: number): string {
  if (text.length === 0) return text;
  return text.repeat(Math.max(1, Math.min(times, Math.floor(MAX_REPEAT / text.length))));
}

export function applyTextMutations(text: string, mutations: readonly TextMutation[]): string {
  return mutations.reduce(applyTextMutation, text);
}

// ---------------------------------------------------------------------------------------------------------
// JSON values

/** A value that breaks readers of JSON: wrong types, edge numbers, number-like strings, prototype keys. */
export type NastyValue =
  | { kind: 'value'; value: unknown }
  | { kind: 'deep'; depth: number; shape: 'array' | 'object' }
  | { kind: 'long'; length: number }
  | { kind: 'proto'; key: string };

/** Keys that must stay plain data: prototype keys and the names of Object.prototype's methods. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

const NASTY_PRIMITIVES: readonly unknown[] = [
  null, true, false, 0, -0, -1, 1.5, -1e-7, 1e308, -1e308, 2 ** 53 + 1, 4_294_967_296, Number.MAX_SAFE_INTEGER,
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '0x10', '12', '-3', 'null', 'undefined', 'true',
  '__proto__', 'constructor', 'arxiv:', 'title:', 'arxiv:2401.00001', 'title:0123456789abcdef', 'text', 'hf-daily',
  '2023-11-22', '2023-02-30', '\u0000', '\ud800', '<script>alert(1)</script>', 'javascript:alert(1)', [], {}, [null],
  ['a', 1], [{}], { name: 1 }, { hidden: 'no', name: 'A' },
];

export function nastyValue(scale: Scale = TEST_SCALE): fc.Arbitrary<NastyValue> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY_PRIMITIVES).map((value) => ({ kind: 'value' as const, value })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'value' as const, value })) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('deep' as const),
        depth: fc.integer({ min: 2, max: scale.maxDepth }),
        shape: fc.constantFrom('array' as const, 'object' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('long' as const), length: fc.constantFrom(1_000, 100_000, 100_001, 150_000) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('proto' as const), key: fc.constantFrom(...PROTO_KEYS) }) },
  );
}

/** An object with `key` as an own property even when the key is `__proto__` (JSON.parse does the same). */
export function ownEntry(key: string, value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

export function materialise(nasty: NastyValue): unknown {
  switch (nasty.kind) {
    case 'value':
      return cloneJson(nasty.value);
    case 'deep': {
      let value: unknown = 'bottom';
      for (let i = 0; i < nasty.depth; i++) value = nasty.shape === 'array' ? [value] : { paper: value };
      return value;
    }
    case 'long':
      return 'Long text. '.repeat(Math.ceil(nasty.length / 11)).slice(0, nasty.length);
    case 'proto':
      return ownEntry(nasty.key, { polluted: 'yes', id: 'arxiv:2401.00001' });
  }
}

export type JsonMutation =
  | { kind: 'set'; at: number; value: NastyValue }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: NastyValue }
  | { kind: 'retype'; at: number }
  | { kind: 'repeat'; at: number; times: number }
  | { kind: 'nest'; at: number; depth: number };

export function jsonMutation(scale: Scale = TEST_SCALE): fc.Arbitrary<JsonMutation> {
  const key = fc.oneof(
    fc.constantFrom(...PROTO_KEYS),
    fc.constantFrom('id', 'title', 'paper', 'papers', 'entries', 'type', 'payload', 'format', 'version', 'source'),
    fc.string({ maxLength: 8 }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fraction(), value: nastyValue(scale) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('addKey' as const), at: fraction(), key, value: nastyValue(scale) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fraction() }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fraction(), times: fc.integer({ min: 2, max: scale.maxRepeat }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('nest' as const), at: fraction(), depth: fc.integer({ min: 1, max: scale.maxDepth }) }),
    },
  );
}

export function jsonMutations(scale: Scale = TEST_SCALE, maxLength = 4): fc.Arbitrary<JsonMutation[]> {
  return fc.array(jsonMutation(scale), { minLength: 1, maxLength });
}

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
}

/** Every place in a JSON value that holds a value (the first 20,000, breadth first). */
function slots(root: unknown): Slot[] {
  const found: Slot[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && found.length < 20_000; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      node.forEach((value, index) => {
        found.push({ parent: node, key: index });
        queue.push(value);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        found.push({ parent: node as Record<string, unknown>, key });
        queue.push((node as Record<string, unknown>)[key]);
      }
    }
  }
  return found;
}

function setSlot(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else Object.defineProperty(slot.parent, slot.key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy as JSON would make it (own `__proto__` keys stay own keys). */
function cloneJson(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : [value];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item]));
  if (value && typeof value === 'object') return Object.values(value);
  return value === null ? 'null' : null;
}

/**
 * Applies a mutation to a JSON value in place (containers) and returns the value, which is new when the
 * root itself was replaced. `at` picks the place among all of the value's places.
 */
export function applyJsonMutation(root: unknown, mutation: JsonMutation): unknown {
  const places = slots(root);
  const slot = places[Math.floor(mutation.at * places.length)];
  const current = slot ? (slot.parent as Record<string | number, unknown>)[slot.key] : root;
  const replace = (value: unknown): unknown => {
    if (!slot) return value;
    setSlot(slot, value);
    return root;
  };
  switch (mutation.kind) {
    case 'set':
      return replace(materialise(mutation.value));
    case 'delete':
      if (!slot) return undefined;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return root;
    case 'addKey': {
      const target = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : slot?.parent;
      const value = materialise(mutation.value);
      if (Array.isArray(target)) target.push(ownEntry(mutation.key, value));
      else if (target) setSlot({ parent: target as Record<string, unknown>, key: mutation.key }, value);
      else return ownEntry(mutation.key, value);
      return root;
    }
    case 'retype':
      return replace(retype(current));
    case 'repeat': {
      const times = Math.max(1, Math.min(mutation.times, Math.floor(MAX_REPEAT / (JSON.stringify(current) ?? '').length || 1)));
      if (slot && Array.isArray(slot.parent)) {
        const copies = Array.from({ length: times - 1 }, () => cloneJson(current));
        slot.parent.splice(slot.key as number, 0, ...copies);
        return root;
      }
      return replace(Array.from({ length: times }, () => cloneJson(current)));
    }
    case 'nest': {
      let value = current;
      for (let i = 0; i < mutation.depth; i++) value = i % 2 === 0 ? [value] : { value };
      return replace(value);
    }
  }
}

export function applyJsonMutations(root: unknown, mutations: readonly JsonMutation[]): unknown {
  return mutations.reduce(applyJsonMutation, root);
}

/**
 * JSON text with number literals JSON.stringify cannot write: `1e999` (Infinity once parsed), `-0`, beyond
 * 2^53. `which` picks the number in the text.
 */
export type NumberLiteralMutation = { kind: 'number'; which: number; literal: string };

export function numberLiteralMutation(): fc.Arbitrary<NumberLiteralMutation> {
  return fc.record({
    kind: fc.constant('number' as const),
    which: fraction(),
    literal: fc.constantFrom('1e999', '-1e999', '1E400', '-0', '0.0', '1e-400', '9007199254740993', '-1', '12.5', '1e2'),
  });
}

export function applyNumberLiteral(json: string, mutation: NumberLiteralMutation): string {
  // Numbers are values after `:` or `[` or `,` outside strings; this approximation only needs to hit some.
  const matches = [...json.matchAll(/([:[,])(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=[,\]}])/g)];
  const match = matches[Math.floor(mutation.which * matches.length)];
  if (!match || match.index === undefined) return json;
  const start = match.index + 1;
  return json.slice(0, start) + mutation.literal + json.slice(start + match[2]!.length);
}

// ---------------------------------------------------------------------------------------------------------
// HTML

/** The elements the parsers read, as patterns over the saved pages' markup. */
export const ELEMENT_PATTERNS = {
  article: /<article\b[\s\S]*?<\/article>/g,
  item: /<dt\b[\s\S]*?<\/dd>/g,
  heading: /<h[13]\b[\s\S]*?<\/h[13]>/g,
  avatar: /<li\b[^>]*\btitle="[^"]*"[^>]*>[\s\S]*?<\/li>/g,
  paragraph: /<p\b[\s\S]*?<\/p>/g,
  span: /<span\b[^>]*>[^<]*<\/span>/g,
  meta: /<meta\b[^>]*>/g,
  link: /<a\b[^>]*>[\s\S]*?<\/a>/g,
  island: /<div\b[^>]*\bdata-props="[^"]*"[^>]*>/g,
} as const;

export type ElementName = keyof typeof ELEMENT_PATTERNS;

/** Links the parsers must not trust: other sites, bad ids, fragments, scripts. */
export const NASTY_HREFS: readonly string[] = [
  '', '#', '/', '/papers', '/papers/', '/papers/2401.00001', '/papers/2401.00001#community', '/papers/2401.00001/',
  '/papers/hep-th/9901001', '/papers/9999.99999', '/papers/2401.1', '/papers/%E0%A4%A', '/papers/..%2F..%2Fetc',
  'https://huggingface.co/papers/2311.12424v7', 'https://evil.example/papers/2401.00001', '//huggingface.co/papers/2401.00002',
  'javascript:alert(1)', 'data:text/html,<b>x</b>', '/abs/2311.12424v99', 'https://arxiv.org/abs/2311.12424',
  '/abs/', '/abs/hep-th/9901001v2', 'https://github.com/', 'https://github.com/"><script>', 'http://[::1', '\u0000',
];

export type HtmlMutation =
  | { kind: 'text'; mutation: TextMutation }
  | { kind: 'repeatElement'; element: ElementName; which: number; times: number }
  | { kind: 'removeElement'; element: ElementName; which: number }
  | { kind: 'swapElements'; element: ElementName; a: number; b: number }
  | { kind: 'nestElement'; element: ElementName; which: number; depth: number; tag: string }
  | { kind: 'href'; which: number; href: string }
  | { kind: 'props'; which: number; mutations: JsonMutation[] }
  | { kind: 'propsText'; which: number; mutations: (TextMutation | NumberLiteralMutation)[] }
  | { kind: 'growElement'; element: ElementName; which: number; size: number };

export function htmlMutation(scale: Scale = TEST_SCALE): fc.Arbitrary<HtmlMutation> {
  const element = fc.constantFrom(...(Object.keys(ELEMENT_PATTERNS) as ElementName[]));
  const options: fc.Arbitrary<HtmlMutation>[] = [
    fc.record({ kind: fc.constant('text' as const), mutation: textMutation(scale) }),
    fc.record({
      kind: fc.constant('repeatElement' as const),
      element,
      which: fraction(),
      times: fc.integer({ min: 2, max: scale.maxRepeat }),
    }),
    fc.record({ kind: fc.constant('removeElement' as const), element, which: fraction() }),
    fc.record({ kind: fc.constant('swapElements' as const), element, a: fraction(), b: fraction() }),
    fc.record({
      kind: fc.constant('nestElement' as const),
      element,
      which: fraction(),
      depth: fc.integer({ min: 1, max: scale.maxDepth }),
      tag: fc.constantFrom('div', 'span', 'article', 'h3', 'dl', 'dd', 'p', 'a', 'li', 'ul', 'table', 'template', 'svg'),
    }),
    fc.record({ kind: fc.constant('href' as const), which: fraction(), href: fc.constantFrom(...NASTY_HREFS) }),
    fc.record({ kind: fc.constant('props' as const), which: fraction(), mutations: jsonMutations(scale) }),
    fc.record({
      kind: fc.constant('propsText' as const),
      which: fraction(),
      mutations: fc.array(fc.oneof(textMutation(scale), numberLiteralMutation()), { minLength: 1, maxLength: 3 }),
    }),
  ];
  if (scale.maxGrow > 0) {
    options.push(
      fc.record({
        kind: fc.constant('growElement' as const),
        element: fc.constantFrom<ElementName>('article', 'item', 'paragraph', 'avatar', 'meta', 'heading'),
        which: fraction(),
        size: fc.integer({ min: 100_000, max: scale.maxGrow }),
      }),
    );
  }
  return fc.oneof(...options);
}

export function htmlMutations(scale: Scale = TEST_SCALE, maxLength = 4): fc.Arbitrary<HtmlMutation[]> {
  return fc.array(htmlMutation(scale), { minLength: 1, maxLength });
}

function elementAt(html: string, element: ElementName, which: number): { start: number; end: number } | undefined {
  const matches = [...html.matchAll(ELEMENT_PATTERNS[element])];
  const match = matches[Math.floor(which * matches.length)];
  return match?.index === undefined ? undefined : { start: match.index, end: match.index + match[0].length };
}

function decodeAttribute(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#39|apos);/g, (_, name: string) =>
    ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", apos: "'" })[name] ?? '',
  );
}

export function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `data-props` attributes of the page, the papers' islands first (the ones the parsers read). */
function propsAttributes(html: string): { start: number; end: number }[] {
  const found = [...html.matchAll(/data-props="([^"]*)"/g)].map((match) => {
    const start = match.index + 'data-props="'.length;
    const tag = html.slice(html.lastIndexOf('<', match.index), match.index + match[0].length);
    return { start, end: start + match[1]!.length, papers: /data-target="(DailyPapers|PaperContent)"/.test(tag) };
  });
  return [...found.filter((f) => f.papers), ...found.filter((f) => !f.papers)];
}

function replaceProps(html: string, which: number, change: (json: string) => string): string {
  const attributes = propsAttributes(html);
  // The papers' island (listed first) three times in four, else any island.
  const target = which < 0.75 ? attributes[0] : attributes[Math.floor(((which - 0.75) / 0.25) * attributes.length)];
  if (!target) return html;
  const json = change(decodeAttribute(html.slice(target.start, target.end)));
  return html.slice(0, target.start) + encodeAttribute(json) + html.slice(target.end);
}

export function applyHtmlMutation(html: string, mutation: HtmlMutation): string {
  switch (mutation.kind) {
    case 'text':
      return applyTextMutation(html, mutation.mutation);
    case 'repeatElement':
    case 'removeElement':
    case 'nestElement':
    case 'growElement': {
      const found = elementAt(html, mutation.element, mutation.which);
      if (!found) return html;
      const block = html.slice(found.start, found.end);
      let replacement: string;
      if (mutation.kind === 'repeatElement') replacement = repeatWithin(block, mutation.times);
      else if (mutation.kind === 'removeElement') replacement = '';
      else if (mutation.kind === 'growElement') replacement = repeatWithin(block, Math.ceil((mutation.size - html.length) / block.length));
      else replacement = `<${mutation.tag}>`.repeat(mutation.depth) + block + `</${mutation.tag}>`.repeat(mutation.depth);
      return html.slice(0, found.start) + replacement + html.slice(found.end);
    }
    case 'swapElements': {
      const matches = [...html.matchAll(ELEMENT_PATTERNS[mutation.element])];
      const [i, j] = [Math.floor(mutation.a * matches.length), Math.floor(mutation.b * matches.length)].sort((x, y) => x - y) as [number, number];
      const first = matches[i];
      const second = matches[j];
      if (!first || !second || i === j || first.index === undefined || second.index === undefined) return html;
      const firstEnd = first.index + first[0].length;
      if (firstEnd > second.index) return html;
      return html.slice(0, first.index) + second[0] + html.slice(firstEnd, second.index) + first[0] + html.slice(second.index + second[0].length);
    }
    case 'href': {
      const matches = [...html.matchAll(/\bhref="([^"]*)"/g)];
      const match = matches[Math.floor(mutation.which * matches.length)];
      if (match?.index === undefined) return html;
      const start = match.index + 'href="'.length;
      return html.slice(0, start) + encodeAttribute(mutation.href) + html.slice(start + match[1]!.length);
    }
    case 'props':
      return replaceProps(html, mutation.which, (json) => {
        let value: unknown;
        try {
          value = JSON.parse(json);
        } catch {
          return json;
        }
        return JSON.stringify(applyJsonMutations(value, mutation.mutations)) ?? '';
      });
    case 'propsText':
      return replaceProps(html, mutation.which, (json) =>
        mutation.mutations.reduce(
          (text, change) => (change.kind === 'number' ? applyNumberLiteral(text, change) : applyTextMutation(text, change)),
          json,
        ),
      );
  }
}

export function applyHtmlMutations(html: string, mutations: readonly HtmlMutation[]): string {
  return mutations.reduce(applyHtmlMutation, html);
}

// ---------------------------------------------------------------------------------------------------------
// Whole JSON documents (library exports, messages)

/** A change to a JSON document: to its text, or to its parsed value (then written back as JSON). */
export type DocumentMutation =
  | { kind: 'text'; mutation: TextMutation }
  | { kind: 'number'; mutation: NumberLiteralMutation }
  | { kind: 'json'; mutation: JsonMutation };

export function documentMutations(scale: Scale = TEST_SCALE, maxLength = 4): fc.Arbitrary<DocumentMutation[]> {
  return fc.array(
    fc.oneof(
      { weight: 2, arbitrary: textMutation(scale).map((mutation) => ({ kind: 'text' as const, mutation })) },
      { weight: 1, arbitrary: numberLiteralMutation().map((mutation) => ({ kind: 'number' as const, mutation })) },
      { weight: 5, arbitrary: jsonMutation(scale).map((mutation) => ({ kind: 'json' as const, mutation })) },
    ),
    { minLength: 1, maxLength },
  );
}

export function applyDocumentMutations(json: string, mutations: readonly DocumentMutation[]): string {
  let text = json;
  for (const change of mutations) {
    if (change.kind === 'text') text = applyTextMutation(text, change.mutation);
    else if (change.kind === 'number') text = applyNumberLiteral(text, change.mutation);
    else {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue; // the text is already broken: structural edits no longer apply
      }
      text = JSON.stringify(applyJsonMutation(value, change.mutation)) ?? '';
    }
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------------
// Checking what came out

/**
 * Structural equality of plain data, whatever the order of keys; a property set to undefined counts as
 * absent (as in toEqual), and 0 and -0 are alike (JSON writes both as 0). Fast enough to run on every
 * input; tests fall back to toEqual for a readable difference.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  const keys = (value: object): string[] => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const [aKeys, bKeys] = [keys(a), keys(b)];
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

// ---------------------------------------------------------------------------------------------------------
// Prototype pollution

/** What Object.prototype and Array.prototype hold now, to compare after running untrusted input. */
export function prototypeSnapshot(): string {
  const describe = (object: object): string =>
    Reflect.ownKeys(object)
      .map((key) => String(key))
      .sort()
      .join(',');
  return `${describe(Object.prototype)}|${describe(Array.prototype)}|${String(Object.getPrototypeOf(Object.prototype))}`;
}

/** Whether a plain new object shows a property it should not have (a polluted prototype). */
export function isPolluted(): boolean {
  const probe: Record<string, unknown> = {};
  return probe['polluted'] !== undefined || probe['id'] !== undefined || ([] as unknown as Record<string, unknown>)['polluted'] !== undefined;
}
