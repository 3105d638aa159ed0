/**
 * The selection panel beside the graph (the selected node and its neighbours as links, with each link's
 * strength and reason or each tag's place), and the line naming the selection under the find box and, on a
 * phone, under the canvas: what a keyboard or screen-reader user reads instead of the canvas.
 */
import type { ExplorerLinks } from '../../lib/export/explorer-links';
import { linkReason } from './link-reasons';
import { tagPlace } from './tag-place';
import { conceptPath, paperPath } from '../../lib/site/url';
import { markOfflineLinks } from '../offline/available';
import { el } from './dom';
import type { Explorer, NodeSingular } from './explorer-state';
import { neighbourList } from './neighbours';
import { HIDDEN_MARK } from './status-line';

/** The panel's title and the line under the canvas mark the selection while the filters hide it. */
export function markSelectionHidden(e: Explorer): void {
  const hidden = !!e.state.node && e.filtered.has(e.state.node);
  for (const holder of document.querySelectorAll<HTMLElement>('#graph-selection .selection__title, [data-picked]')) {
    const mark = holder.querySelector<HTMLElement>('.selection__hidden');
    if (hidden && !mark && (holder.childElementCount > 0)) {
      const link = holder.querySelector('a');
      link?.after(' ', el('span', { class: 'selection__hidden' }, HIDDEN_MARK));
    } else if (!hidden && mark) {
      mark.previousSibling?.remove();
      mark.remove();
    }
  }
}

export function pageOf(e: Explorer, node: NodeSingular): string {
  const key = node.id().slice(2);
  return node.data('kind') === 'paper' ? paperPath(e.base, key) : conceptPath(e.base, key);
}

/**
 * The empty panel's words. A click opens a node's page; Shift+click or a first tap on a touch screen selects it
 * (wireGraphEvents): "or tap a node" read, with a mouse, as if a click selected (review 18 L2).
 */
const NOTHING_SELECTED = 'Nothing selected. Find a paper or concept, Shift+click a node, or tap it on a touch screen.';

/** The selected node and its neighbours as links: what a keyboard or screen-reader user reads instead of the canvas. */
export function renderSelection(e: Explorer, node: NodeSingular | undefined): void {
  const panel = document.getElementById('graph-selection');
  if (!panel) return;
  // A "Show in graph" button pressed is about to go with the rest: focus then moves to the new selection's
  // title, not to the page (the status line announces the selection).
  const hadFocus = panel.contains(document.activeElement);
  panel.replaceChildren();
  if (!node) {
    panel.append(el('p', { class: 'muted' }, NOTHING_SELECTED));
    renderPicked(e, undefined);
    return;
  }
  const kind = node.data('kind') as 'paper' | 'concept';
  const cluster = e.clusters.get(node.data('cluster') as number);
  const title = el('p', { class: 'selection__title' });
  // Labels isolated (dir=auto): right-to-left text or a bidi override in one must not reorder what follows it.
  const titleLink = el('a', { href: pageOf(e, node), dir: 'auto' }, node.data('label') as string);
  title.append(titleLink);
  panel.append(
    el('p', { class: 'selection__meta' }, kind === 'paper' ? 'Paper' : 'Concept'),
    title,
    el('p', { class: 'selection__meta' }, cluster ? `Cluster: ${cluster.label}` : ''),
  );
  const neighbours = neighbourList(e, kind, node.data('index') as number);
  const linked = kind === 'paper' && e.state.view === 'papers';
  const heading = kind === 'paper' ? (linked ? 'Linked papers' : 'Concepts') : 'Papers';
  panel.append(el('p', { class: 'selection__meta' }, `${heading} (${neighbours.length})`));
  // The graph draws each paper's strongest links only: "Related papers (4)" here read as wrong beside the 8 its
  // page lists (review 18 L3).
  if (linked) {
    panel.append(
      el('p', { class: 'selection__meta' }, 'The links the graph draws and why (strong, medium and weak: thirds of all its links); the paper’s page lists the papers closest to it, with their reasons.'),
    );
  } else {
    // The concepts view draws each paper's best few tags (of those another paper carries too): said, as the
    // papers view says its links are the drawn ones, with each tag's place on the paper's list (finding 9).
    const carriers = kind === 'concept' ? (e.data.concepts.members[node.data('index') as number]?.length ?? 0) : 0;
    panel.append(
      el(
        'p',
        { class: 'selection__meta' },
        kind === 'paper'
          ? 'The concepts the graph draws for it (its best tags that other papers carry too), each with its place among the tags its page lists.'
          : `The papers the graph links it to (those it is among the best tags of), each with its place among that paper’s tags${carriers > neighbours.length ? `; the concept’s page lists all ${carriers} papers about it` : ''}.`,
      ),
    );
  }
  const list = el('ul', { class: 'neighbours', 'aria-label': `${heading} of the selection` });
  for (const n of neighbours) {
    const item = el('li');
    item.append(el('a', { href: n.href, dir: 'auto' }, n.label));
    item.append(' ');
    // Which neighbour, as hidden text after the visible words: the name then starts with what is shown, so
    // voice control can say "Show in graph" (WCAG 2.5.3; an aria-label of other words broke that).
    // The name as one string: a visually hidden ": <title>" span is laid out as a block of its own, and
    // Chromium named the button "Show in graph : <title>" (review 19 L5).
    item.append(el('button', { type: 'button', 'data-select': n.id, 'aria-label': `Show in graph: ${n.label}` }, 'Show in graph'));
    if (linked && n.link !== undefined) {
      // Strength in words, then (once graph/links.json is in) why: "Strong link · Shares A and B".
      const strength = e.strength(n.weight);
      item.append(el('span', { class: `why why--${strength}`, 'data-link': String(n.link), title: `Link strength ${n.weight.toFixed(2)}` }, `${capitalised(strength)} link`));
    } else if (!linked) {
      const place = tagPlace(n.rank ?? 0, n.of ?? 0, kind === 'paper' ? 'paper' : 'listed');
      if (place) item.append(el('span', { class: 'why why--tag' }, place));
    }
    list.append(item);
  }
  panel.append(list);
  void markOfflineLinks(panel);
  renderPicked(e, node, `${heading} (${neighbours.length})`);
  markSelectionHidden(e);
  if (hadFocus) titleLink.focus();
  if (linked && neighbours.length > 0) void fillReasons(e, list);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Adds each link's reason to its strength in the panel's list, fetching graph/links.json on the first
 * selection (the graph's own data stays small: it is what the graph waits for). Filled in place: the list may
 * hold the focus.
 */
async function fillReasons(e: Explorer, list: HTMLElement): Promise<void> {
  e.linksLoading ??= fetch(e.linksSrc)
    .then((response) => (response.ok ? (response.json() as Promise<ExplorerLinks>) : undefined))
    .catch(() => undefined);
  const links = (e.links ??= await e.linksLoading);
  if (!links || !list.isConnected) return;
  for (const why of list.querySelectorAll<HTMLElement>('.why[data-link]')) {
    if (why.dataset.filled) continue;
    why.dataset.filled = 'true';
    why.append(' · ', linkReason(links, Number(why.dataset.link)));
  }
}

/**
 * The selection named in a line under the find box and, on a phone, under the canvas: its page's link and a
 * link to its neighbours in the panel. Find's selection was 15 Tabs from its page's link (review 19 L5), and
 * on a phone the panel lay 1,647 px under a tapped node (M7).
 */
function renderPicked(e: Explorer, node: NodeSingular | undefined, neighbours = ''): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-picked]')) {
    line.hidden = !node;
    line.replaceChildren();
    if (node) {
      line.append(
        `Selected ${node.data('kind') as string}: `,
        el('a', { href: pageOf(e, node), dir: 'auto' }, node.data('label') as string),
        ' · ',
        el('a', { href: '#graph-selection-heading' }, neighbours),
      );
    }
  }
}
