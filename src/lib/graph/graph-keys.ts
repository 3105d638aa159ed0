/**
 * graphology keeps each node's neighbours in plain objects, so a paper slugged `constructor`, `toString` or
 * `__proto__` would collide with Object.prototype ("an edge ... already exists"). Node keys inside graphology
 * therefore carry a prefix no slug has.
 */
const PREFIX = 'p:';

export function graphKey(slug: string): string {
  return PREFIX + slug;
}

export function paperOfKey(key: string): string {
  return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
}
