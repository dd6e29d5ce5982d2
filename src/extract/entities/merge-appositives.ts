/**
 * Internal: a name followed by another name of the same entity in quotes or brackets is one mention:
 * "تنظيم الدولة (داعش)", "قوات سوريا الديمقراطية، ’’قسد‘‘", "تنظيم الدولة الإسلامية “داعش”".
 */
import type { Candidate } from './entity-scan.ts';

const OPEN_GAP = /^[\s,\u060c]*["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2033([]+\s*$/;
const CLOSE = /^\s*["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2033)\]]+/;

/** Given the text and the live candidates sorted by start, returns them with appositive pairs merged into one. */
export function mergeAppositives(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const a = candidates[k];
    const b = candidates[k + 1];
    if (a === undefined) continue;
    if (
      b !== undefined &&
      b.entityId === a.entityId &&
      b.start >= a.stop &&
      OPEN_GAP.test(text.slice(a.stop, b.start))
    ) {
      const close = CLOSE.exec(text.slice(b.stop, b.stop + 4));
      if (close !== null) {
        out.push({ ...a, end: b.end, stop: b.stop + close[0].length });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
