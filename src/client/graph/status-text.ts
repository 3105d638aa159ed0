/**
 * The graph's status line, in short sentences whose numbers add up (review 21 finding 6): a Find said "43 of 43
 * matching papers highlighted (19 hidden by filters). The view holds the 20 that lie closest together; 4 more
 * lie outside it …", highlighted yet hidden, 20 + 4 against 43, and "1 more lie".
 */

/** "1 paper", "3 papers" (`many` for an irregular plural). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the filters leave drawn: "Showing 1 node and 0 links (filtered)." */
export function shownStatus(nodes: number, links: number, filtered: boolean): string {
  return `Showing ${count(nodes, 'node')} and ${count(links, 'link')}${filtered ? ' (filtered)' : ''}.`;
}

/**
 * A Find's lit papers: `shown` drawn, `hidden` more the filters hide, `inView` of the shown in the framed view
 * (undefined: all), under the concept filter `filter` (its label) if one is on; `byFind` where the Find set it and
 * no other filter is on.
 * "Neural networks: 24 matching papers shown, 19 more hidden by the filters; 20 in view, 4 outside it."
 */
export function findStatus(p: { shown: number; hidden: number; inView?: number | undefined; filter?: string | undefined; byFind?: boolean | undefined }): string {
  const head = p.shown === 0 ? 'No matching paper shown' : `${count(p.shown, 'matching paper')} shown`;
  const hidden = p.hidden > 0 ? `, ${p.shown === 0 ? p.hidden : `${p.hidden} more`} hidden by the filters` : '';
  const view = p.inView !== undefined && p.inView < p.shown ? `; ${p.inView} in view, ${p.shown - p.inView} outside it` : '';
  // A concept filter the Find set itself says so: "2 more hidden by the filters" read as a filter the reader had
  // set and forgotten, on a graph they had not filtered (review 43 finding 4: Find "PID").
  const hiddenBy = p.byFind && p.filter && p.hidden > 0 ? hidden.replace('hidden by the filters', 'hidden by that filter') : hidden;
  return `${p.filter ? `${p.filter}${p.byFind ? ' (a filter this Find set; Clear filters lifts it)' : ''}: ` : ''}${head}${hiddenBy}${view}.`;
}

/** After a filter's count, what its framing leaves out: " 20 of them in view, 1 more outside it (Zoom to fit shows it)." */
export function framedNote(inView: number, outside: number): string {
  return outside <= 0 ? '' : ` ${inView} of them in view, ${outside} more outside it (Zoom to fit shows ${outside === 1 ? 'it' : 'them'}).`;
}

/** Zoom to fit after a framing that left some out: "All 24 papers shown are in view." / "The 1 paper shown is in view." */
export function allInView(n: number, noun: string): string {
  return n === 1 ? `The 1 ${noun.replace(/s$/, '')} shown is in view.` : `All ${n} ${noun} shown are in view.`;
}
