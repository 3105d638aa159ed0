/**
 * How well the listing reader recovers from a line lost in the copy: listings made of papers (a header, then a
 * title line and an abstract line each, the first title glued to the page's "Subscribe" as on the real page),
 * each title line and each abstract line but the first paper's taken out in turn. A recovery reads every other
 * paper as it was and reports one problem; anything else is a misreading.
 */
import { parseListing } from '../ingest/listing';

export interface ListingRecovery {
  /** Lines taken out, one listing each. */
  tried: number;
  /** Of those, listings read with every other paper as it was and one problem reported. */
  recovered: number;
  /** Whole listings (nothing taken out) not read exactly: none, for the cases above to mean anything. */
  wholeMisread: number;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function listingRecovery(papers: readonly { title: string; abstract: string }[], perListing = 100): ListingRecovery {
  const result: ListingRecovery = { tried: 0, recovered: 0, wholeMisread: 0 };
  for (let from = 0; from < papers.length; from += perListing) {
    const chunk = papers.slice(from, from + perListing).map((p) => ({ title: oneLine(p.title), abstract: oneLine(p.abstract) }));
    const lines = ['Trending Papers', 'Updated daily', ...chunk.flatMap((p, i) => [`${i === 0 ? 'Subscribe' : ''}${p.title}`, p.abstract])];
    const read = (without?: number) => parseListing('l.txt', lines.filter((_, i) => i !== without).join('\n'));
    const pairs = (records: readonly { title: string; abstract: string }[]) => JSON.stringify(records.map((r) => [r.title, r.abstract]));
    const whole = read();
    if (whole.problems.length > 0 || whole.records.length !== chunk.length) {
      result.wholeMisread++;
      continue;
    }
    for (let k = 1; k < chunk.length; k++) {
      const expected = pairs(whole.records.filter((_, j) => j !== k));
      for (const line of [2 + 2 * k, 3 + 2 * k]) {
        result.tried++;
        const r = read(line);
        if (r.problems.length === 1 && pairs(r.records) === expected) result.recovered++;
      }
    }
  }
  return result;
}
