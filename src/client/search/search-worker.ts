/**
 * The search engine's own thread. Pagefind, imported here, finds no `window` and so runs in this thread
 * rather than starting a worker of its own: the first search fetches one worker script fewer (Pagefind's
 * is 29 kB), and ranking, alias variants and excerpt parsing stay off the page's thread as well.
 */
import { conceptLabels, findPaperIds, mostWords, search, spellingFix, warmUp } from './engine';

const calls = { search, findPaperIds, conceptLabels, spellingFix, mostWords, warmUp: async (...args: Parameters<typeof warmUp>) => warmUp(...args) };

export type SearchCalls = typeof calls;
export type SearchCallName = keyof SearchCalls;
export interface SearchRequest<K extends SearchCallName = SearchCallName> {
  id: number;
  call: K;
  args: Parameters<SearchCalls[K]>;
}
export type SearchReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<SearchRequest>) => void) | null; postMessage(reply: SearchReply): void };

scope.onmessage = ({ data: { id, call, args } }) => {
  const run = calls[call] as (...a: unknown[]) => Promise<unknown>;
  run(...args).then(
    (value) => scope.postMessage({ id, ok: true, value }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
