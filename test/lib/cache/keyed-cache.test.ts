import { describe, expect, it } from 'vitest';
import { KeyedCacheFile, MAX_DEAD_SHARE, type CacheSaving } from '../../../src/lib/cache/keyed-cache';

interface Item {
  n: number;
  words: string[];
}

const check = (v: unknown): Item | undefined =>
  v !== null && typeof v === 'object' && typeof (v as Item).n === 'number' && Array.isArray((v as Item).words) ? (v as Item) : undefined;

function filled(version = 'v1'): string {
  const c = new KeyedCacheFile<Item>(undefined, version, check);
  c.put('alpha', { n: 1, words: ['a'] });
  c.put('beta', { n: 2, words: ['b', 'tab\there', 'line\nbreak'] });
  c.put('__proto__', { n: 3, words: [] });
  return c.serialise();
}

describe('keyed cache file', () => {
  it('round-trips values by key, and a saved file holds only what the run used', () => {
    const c = new KeyedCacheFile<Item>(filled(), 'v1', check);
    expect(c.size).toBe(3);
    expect(c.get('beta')).toEqual({ n: 2, words: ['b', 'tab\there', 'line\nbreak'] });
    expect(c.get('__proto__')).toEqual({ n: 3, words: [] });
    expect(c.get('gamma')).toBeUndefined();
    expect([c.hits, c.misses]).toEqual([2, 1]);
    // alpha was not asked for: it is dropped on save.
    expect(c.changed).toBe(true);
    const again = new KeyedCacheFile<Item>(c.serialise(), 'v1', check);
    expect(again.size).toBe(2);
    expect(again.get('alpha')).toBeUndefined();
    expect(again.get('beta')?.n).toBe(2);
  });

  it('is unchanged when every stored entry was used and nothing was added', () => {
    const c = new KeyedCacheFile<Item>(filled(), 'v1', check);
    for (const k of ['alpha', 'beta', '__proto__']) c.get(k);
    expect(c.changed).toBe(false);
    expect(c.serialise()).toBe(filled());
  });

  it('takes a value already made into JSON the same as the value itself', () => {
    const value: Item = { n: 2, words: ['b', 'tab\there', 'line\nbreak'] };
    const direct = new KeyedCacheFile<Item>(undefined, 'v1', check);
    const serialised = new KeyedCacheFile<Item>(undefined, 'v1', check);
    direct.put('beta', value);
    serialised.putSerialised('beta', JSON.stringify(value));
    expect(serialised.serialise()).toBe(direct.serialise());
    expect(serialised.get('beta')).toEqual(value);
  });

  it('finds each value by its own key when keys alternate and repeat', () => {
    const c = new KeyedCacheFile<Item>(undefined, 'v1', check);
    const keys = ['a', 'b', 'a', 'a', 'c', 'b'];
    keys.forEach((k, i) => c.put(k, { n: i, words: [k] }));
    // Equal keys made as new strings find the same entry as the string that was put.
    expect(c.get(['b'].join(''))).toEqual({ n: 5, words: ['b'] });
    expect(c.get('a')).toEqual({ n: 3, words: ['a'] });
    expect(c.has('c')).toBe(true);
    expect(c.get('c')).toEqual({ n: 4, words: ['c'] });
    expect(c.has('d')).toBe(false);
    expect(c.get('a')?.n).toBe(3);
  });

  it('hands out its text in pieces of whole lines that together are the whole text', () => {
    const c = new KeyedCacheFile<Item>(undefined, 'v1', check);
    for (let i = 0; i < 200; i++) c.put(`key ${i}`, { n: i, words: ['w'.repeat(i % 7), 'x'] });
    const pieces = [...c.serialisePieces(500)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(c.serialise());
    for (const piece of pieces) {
      expect(piece.endsWith('\n')).toBe(true);
      // Each piece stops at the first line that takes it past the size: without its last line it was shorter.
      expect(piece.slice(0, piece.slice(0, -1).lastIndexOf('\n') + 1).length).toBeLessThan(500);
    }
    expect(new KeyedCacheFile<Item>(pieces.join(''), 'v1', check).get('key 199')).toEqual({ n: 199, words: ['w'.repeat(3), 'x'] });
  });

  it('reads the file as bytes the same as as text, whatever the characters', () => {
    const c = new KeyedCacheFile<Item>(undefined, 'v1', check);
    const words = ['étude', 'ΩΛ≡ρΛ', '注意機構', '🧪', 'tab\there'];
    c.put('ünïcode key', { n: 1, words });
    c.put('plain', { n: 2, words: ['a'] });
    const bytes = Buffer.from(c.serialise(), 'utf8');
    const fromBytes = new KeyedCacheFile<Item>(bytes, 'v1', check);
    expect(fromBytes.get('ünïcode key')).toEqual({ n: 1, words });
    expect(fromBytes.get('plain')).toEqual({ n: 2, words: ['a'] });
    // A damaged byte inside a character fails the entry's checksum: a miss, the other entry unharmed.
    const damaged = Buffer.from(bytes);
    damaged[damaged.indexOf(Buffer.from('注'))! + 1]! ^= 0x01;
    const fromDamaged = new KeyedCacheFile<Item>(damaged, 'v1', check);
    expect(fromDamaged.get('ünïcode key')).toBeUndefined();
    expect(fromDamaged.get('plain')).toEqual({ n: 2, words: ['a'] });
  });

  it('is empty for a missing file, another format or another version of the code', () => {
    expect(new KeyedCacheFile<Item>(undefined, 'v1', check).size).toBe(0);
    expect(new KeyedCacheFile<Item>(filled('v1'), 'v2', check).size).toBe(0);
    expect(new KeyedCacheFile<Item>('not a header\n' + filled().split('\n').slice(1).join('\n'), 'v1', check).size).toBe(0);
    expect(new KeyedCacheFile<Item>('', 'v1', check).size).toBe(0);
  });

  it('reads a file cut short at any byte without throwing, losing only the damaged entries', () => {
    const text = filled();
    const whole = new KeyedCacheFile<Item>(text, 'v1', check);
    const values = ['alpha', 'beta', '__proto__'].map((k) => whole.get(k));
    for (let cut = 0; cut < text.length; cut++) {
      const c = new KeyedCacheFile<Item>(text.slice(0, cut), 'v1', check);
      ['alpha', 'beta', '__proto__'].forEach((k, i) => {
        const got = c.get(k);
        // Whatever it returns is the true value; a lost entry is a miss.
        if (got !== undefined) expect(got).toEqual(values[i]);
      });
    }
  });

  it('takes a value changed after it was saved for a miss, even one that still parses', () => {
    const text = filled().replace('"n":2', '"n":7');
    expect(text).toContain('"n":7');
    const c = new KeyedCacheFile<Item>(text, 'v1', check);
    expect(c.get('beta')).toBeUndefined();
    expect(c.get('alpha')).toEqual({ n: 1, words: ['a'] });
  });

  it('takes an entry that does not parse or fails the check for a miss', () => {
    const lines = filled().split('\n');
    const broken = lines.map((l, i) => (i === 1 ? l.replace(/\t.*/, '\t{"n":') : i === 2 ? l.replace(/\t.*/, '\t{"n":"x","words":[]}') : l));
    const c = new KeyedCacheFile<Item>(broken.join('\n'), 'v1', check);
    const got = ['alpha', 'beta', '__proto__'].map((k) => c.get(k));
    expect(got.filter((g) => g === undefined).length).toBe(2);
    expect(c.misses).toBe(2);
  });

  describe('saving', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `key ${i}`);
    function full(keys: readonly string[]): string {
      const c = new KeyedCacheFile<Item>(undefined, 'v1', check);
      keys.forEach((k, i) => c.put(k, { n: i, words: [k] }));
      return c.serialise();
    }
    const applied = (text: string, saving: CacheSaving, c: KeyedCacheFile<Item>) =>
      saving.kind === 'append' ? text + saving.lines.join('') : saving.kind === 'rewrite' ? c.serialise() : text;

    it('adds only the changed and new entries at the end, and a later line of a key wins on reading', () => {
      const keys = items(40);
      const text = full(keys);
      const c = new KeyedCacheFile<Item>(text, 'v1', check);
      for (const k of keys) c.get(k);
      c.put('key 3', { n: 300, words: ['changed'] });
      c.put('new', { n: -1, words: [] });
      c.put('key 4', { n: 4, words: ['key 4'] }); // the same value again: nothing to add
      const saving = c.saving();
      expect(saving.kind).toBe('append');
      if (saving.kind !== 'append') return;
      expect(saving.lines).toHaveLength(2);
      for (const line of saving.lines) expect(line.endsWith('\n')).toBe(true);
      const after = new KeyedCacheFile<Item>(text + saving.lines.join(''), 'v1', check);
      expect(after.get('key 3')).toEqual({ n: 300, words: ['changed'] });
      expect(after.get('new')).toEqual({ n: -1, words: [] });
      expect(after.get('key 39')).toEqual({ n: 39, words: ['key 39'] });
    });

    it('saves nothing when every entry was used unchanged', () => {
      const keys = items(5);
      const c = new KeyedCacheFile<Item>(full(keys), 'v1', check);
      for (const k of keys) c.get(k);
      expect(c.saving()).toEqual({ kind: 'none' });
    });

    it('rewrites the file once its dead lines pass their share, keeping only what the run used', () => {
      let text = full(items(40));
      // Each run asks for all keys but one old one and adds one: the dead lines grow run by run.
      let rewrites = 0;
      for (let run = 0; run < 20; run++) {
        const c = new KeyedCacheFile<Item>(text, 'v1', check);
        const keys = [...items(40).slice(run + 1), ...Array.from({ length: run + 1 }, (_, i) => `added ${i}`)];
        for (const k of keys) if (c.get(k) === undefined) c.put(k, { n: 0, words: [k] });
        const saving = c.saving();
        if (saving.kind === 'rewrite') rewrites++;
        text = applied(text, saving, c);
        const lines = text.split('\n').length - 2;
        expect(lines - keys.length).toBeLessThanOrEqual(MAX_DEAD_SHARE * lines);
        const check2 = new KeyedCacheFile<Item>(text, 'v1', check);
        for (const k of keys) expect(check2.get(k)?.words).toEqual([k]);
      }
      expect(rewrites).toBeGreaterThan(0);
      expect(rewrites).toBeLessThan(20);
    });

    it('rewrites a file that was cut short or made by other code, and writes one where there was none', () => {
      const text = full(items(10));
      const cut = new KeyedCacheFile<Item>(text.slice(0, -5), 'v1', check);
      cut.put('x', { n: 1, words: [] });
      expect(cut.saving().kind).toBe('rewrite');
      const other = new KeyedCacheFile<Item>(text, 'v2', check);
      other.put('x', { n: 1, words: [] });
      expect(other.saving().kind).toBe('rewrite');
      const none = new KeyedCacheFile<Item>(undefined, 'v1', check);
      expect(none.saving().kind).toBe('none');
      none.put('x', { n: 1, words: [] });
      expect(none.saving().kind).toBe('rewrite');
    });
  });
});
