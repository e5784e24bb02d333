import { describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/core/messages.js';
import { normaliseTags, validateEntry } from '../../src/core/validate-entry.js';

const source = { site: 'huggingface.co', pageUrl: 'https://huggingface.co/papers', pageKind: 'hf-daily', position: 1, capturedAt: '2026-11-29T12:00:00.000Z' };
const page = { kind: 'hf-daily', site: 'huggingface.co', url: 'https://huggingface.co/papers' };

describe('messages are checked on arrival', () => {
  it('accepts a well-formed capture', () => {
    const checked = validateMessage({
      type: 'capture',
      payload: { page, newView: true, entries: [{ id: 'arxiv:2311.12424', arxivId: '2311.12424', title: 'T', authors: ['A'], upvotes: 3, source }] },
    });
    expect(checked).toEqual({
      message: {
        type: 'capture',
        payload: { page, newView: true, entries: [{ id: 'arxiv:2311.12424', arxivId: '2311.12424', title: 'T', authors: ['A'], upvotes: 3, source }] },
      },
    });
  });

  it.each([
    ['an unknown type', { type: 'papers/delete-all', payload: {} }],
    ['no type', { payload: {} }],
    ['not an object', 'capture'],
    ['a capture without entries', { type: 'capture', payload: { page, newView: true } }],
    ['an entry with a numeric id', { type: 'capture', payload: { page, newView: true, entries: [{ id: 42, source }] } }],
    ['an entry with an id of no known form', { type: 'capture', payload: { page, newView: true, entries: [{ id: 'doi:10.1/x', source }] } }],
    ['a negative upvote count', { type: 'capture', payload: { page, newView: true, entries: [{ id: 'arxiv:2311.12424', upvotes: -1, source }] } }],
    ['authors that are not strings', { type: 'capture', payload: { page, newView: true, entries: [{ id: 'arxiv:2311.12424', authors: [1], source }] } }],
    ['an unknown page kind', { type: 'capture', payload: { page: { ...page, kind: 'evil' }, newView: true, entries: [] } }],
    ['a bookmark that is not a boolean', { type: 'paper/update', payload: { id: 'arxiv:1', bookmarked: 'yes' } }],
    ['a note of 20,001 characters', { type: 'paper/update', payload: { id: 'arxiv:1', note: 'x'.repeat(20_001) } }],
    ['a fractional tab id', { type: 'page/save-text', payload: { tabId: 1.5 } }],
  ])('refuses %s', (_, raw) => {
    expect(validateMessage(raw)).toHaveProperty('error');
  });

  it('drops fields it does not know', () => {
    const entry = validateEntry({ id: 'arxiv:2311.12424', source, injected: '<script>' });
    expect(entry).toEqual({ id: 'arxiv:2311.12424', source });
  });

  it('normalises tags as people type them', () => {
    expect(normaliseTags([' RL ', '#Reading Group', 'rl', '', 'to-read'])).toEqual(['rl', 'reading-group', 'to-read']);
    const checked = validateMessage({ type: 'paper/update', payload: { id: 'arxiv:1', tags: ['#Seminar'] } });
    expect(checked).toEqual({ message: { type: 'paper/update', payload: { id: 'arxiv:1', tags: ['seminar'] } } });
  });
});
