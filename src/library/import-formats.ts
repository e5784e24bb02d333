/** The importers, gathered in one chunk that loads when the person imports. */
export { detectFormat } from '../core/formats/detect-format.js';
export { readBibtex } from '../core/formats/bibtex-read.js';
export { readIdList } from '../core/formats/id-list-read.js';
export { readPaperdex } from '../core/formats/read-paperdex.js';
export { readDigestEntries, readDigestText } from '../core/formats/read-digest.js';
export { parsePage } from '../core/parse-page.js';
