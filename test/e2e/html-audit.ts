/**
 * Reading built pages the way a browser does (parse5 is the WHATWG HTML parser): where links point, which
 * scripts and styles a page carries, what its Content-Security-Policy allows. Shared by the link crawler
 * and the hostile-input test.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
export type Document = T.Document;

export function parseHtml(html: string): Document {
  return parse(html);
}

function isElement(node: T.Node): node is Element {
  return 'tagName' in node;
}

/** Every element in document order, `<template>` contents included. */
export function elements(root: T.ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      out.push(child);
      visit(child);
      if (child.tagName === 'template') visit((child as T.Template).content);
    }
  };
  visit(root);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function textOf(el: Element): string {
  let text = '';
  for (const child of el.childNodes) {
    if ('value' in child && child.nodeName === '#text') text += (child as T.TextNode).value;
    else if (isElement(child)) text += textOf(child);
  }
  return text;
}

/** Every `.html` file of a built site with the URL path it is served at under `basePath`. */
export function listPages(outDir: string, basePath: string): Array<{ file: string; path: string }> {
  const pages: Array<{ file: string; path: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(outDir, full).split(sep).join('/');
        const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        pages.push({ file: full, path: basePath + path.split('/').map(encodeURIComponent).join('/') });
      }
    }
  };
  walk(outDir);
  return pages;
}

export interface Reference {
  tag: string;
  attribute: string;
  value: string;
  /** `navigation`: a link a visitor follows; `resource`: something the page loads. */
  kind: 'navigation' | 'resource';
  rel?: string;
}

const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every URL a page links to or loads, as written. */
export function references(doc: Document): Reference[] {
  const refs: Reference[] = [];
  for (const el of elements(doc)) {
    const tag = el.tagName;
    if (tag === 'a' || tag === 'area') {
      const href = attr(el, 'href') ?? attr(el, 'xlink:href');
      if (href !== undefined) refs.push({ tag, attribute: 'href', value: href, kind: 'navigation', rel: attr(el, 'rel') });
      continue;
    }
    if (tag === 'link') {
      const href = attr(el, 'href');
      const rel = (attr(el, 'rel') ?? '').toLowerCase();
      if (href !== undefined) {
        // canonical/alternate name a page rather than load it; stylesheets, icons, manifests, preloads load.
        const navigation = /\b(canonical|alternate|prev|next|author|license|help|search)\b/.test(rel);
        refs.push({ tag, attribute: 'href', value: href, kind: navigation ? 'navigation' : 'resource', rel });
      }
      const imagesrcset = attr(el, 'imagesrcset');
      if (imagesrcset) for (const u of srcsetUrls(imagesrcset)) refs.push({ tag, attribute: 'imagesrcset', value: u, kind: 'resource', rel });
      continue;
    }
    if (tag === 'form') {
      const action = attr(el, 'action');
      if (action !== undefined) refs.push({ tag, attribute: 'action', value: action, kind: 'navigation' });
      continue;
    }
    for (const name of RESOURCE_ATTRIBUTES[tag] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      if (name.endsWith('srcset')) for (const u of srcsetUrls(value)) refs.push({ tag, attribute: name, value: u, kind: 'resource' });
      else refs.push({ tag, attribute: name, value, kind: 'resource' });
    }
  }
  return refs;
}

/** `url(...)` and `@import` targets in a stylesheet. */
export function cssReferences(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) out.push(m[2]!);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) out.push(m[2]!);
  return out;
}

/** The ids and `<a name>`s a fragment can point at. */
export function anchors(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a') {
      const name = attr(el, 'name');
      if (name) ids.add(name);
    }
  }
  return ids;
}

/** The content of the page's CSP meta tags (a page may carry none, one, or more). */
export function cspMeta(doc: Document): string[] {
  return elements(doc)
    .filter((el) => el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy')
    .map((el) => attr(el, 'content') ?? '');
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs; anything else (`application/json`, `application/ld+json`) is a data block. */
export function isExecutableScript(el: Element): boolean {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  return (
    type === '' ||
    type === 'module' ||
    /^(text|application)\/(x-)?(java|ecma)script$/.test(type) ||
    type === 'text/jscript' ||
    type === 'text/livescript'
  );
}
