import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchReply, SearchRequest } from '../../../src/client/search/search-worker';

const engine = vi.hoisted(() => ({ search: vi.fn(), findPaperIds: vi.fn(), conceptLabels: vi.fn(), spellingFix: vi.fn(), mostWords: vi.fn(), warmUp: vi.fn() }));
vi.mock('../../../src/client/search/engine', () => engine);

/** The worker's global scope: what the page would post in, and what the worker posts back. */
const scope = { onmessage: null as ((event: { data: SearchRequest }) => void) | null, sent: [] as SearchReply[], postMessage(reply: SearchReply) { this.sent.push(reply); } };

beforeEach(async () => {
  scope.sent = [];
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../src/client/search/search-worker');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

function post(request: SearchRequest): void {
  scope.onmessage!({ data: request });
}

describe('search worker', () => {
  it('runs each call on the engine and replies with its id and value', async () => {
    engine.search.mockResolvedValue({ total: 3 });
    engine.findPaperIds.mockResolvedValue(['a']);
    post({ id: 7, call: 'search', args: ['rag', { limit: 8 }] });
    post({ id: 8, call: 'findPaperIds', args: ['rag', 20] });
    post({ id: 9, call: 'warmUp', args: [{ aliases: true }] });
    engine.conceptLabels.mockResolvedValue(['Neural networks']);
    post({ id: 10, call: 'conceptLabels', args: [] });
    engine.spellingFix.mockResolvedValue('graphene');
    post({ id: 11, call: 'spellingFix', args: ['grapheen', ['grapheen']] });
    engine.mostWords.mockResolvedValue([]);
    post({ id: 12, call: 'mostWords', args: ['fuzzy logic controller', { limit: 5, exclude: ['a'] }] });
    await vi.waitFor(() => expect(scope.sent).toHaveLength(6));
    expect(engine.mostWords).toHaveBeenCalledWith('fuzzy logic controller', { limit: 5, exclude: ['a'] });
    expect(engine.spellingFix).toHaveBeenCalledWith('grapheen', ['grapheen']);
    expect(engine.search).toHaveBeenCalledWith('rag', { limit: 8 });
    expect(engine.findPaperIds).toHaveBeenCalledWith('rag', 20);
    expect(engine.warmUp).toHaveBeenCalledWith({ aliases: true });
    expect(scope.sent).toEqual(
      expect.arrayContaining([
        { id: 7, ok: true, value: { total: 3 } },
        { id: 8, ok: true, value: ['a'] },
        { id: 9, ok: true, value: undefined },
        { id: 10, ok: true, value: ['Neural networks'] },
        { id: 11, ok: true, value: 'graphene' },
        { id: 12, ok: true, value: [] },
      ]),
    );
  });

  it('replies with the message of a call that failed', async () => {
    engine.search.mockRejectedValue(new Error('404 fetching /pagefind/pagefind.js'));
    post({ id: 1, call: 'search', args: ['rag'] });
    await vi.waitFor(() => expect(scope.sent).toEqual([{ id: 1, ok: false, message: '404 fetching /pagefind/pagefind.js' }]));
  });
});
