/** Every page parser, as data. The first whose `kindOf` claims a URL reads it; page text reads the rest. */
import { arxivAbs } from './arxiv-abs.js';
import { arxivList } from './arxiv-list.js';
import { hfList } from './hf-list.js';
import { hfPaper } from './hf-paper.js';
import { pageText } from './page-text.js';
import type { PageParser } from './types.js';

export const PARSERS: readonly PageParser[] = [hfPaper, hfList, arxivList, arxivAbs, pageText];

/** The site-specific parsers, whose match patterns the content script is injected on. */
export const SITE_PARSERS: readonly PageParser[] = PARSERS.filter((parser) => parser.matches.length > 0);

export { pageText };
