/**
 * Public API: the figures sources give for one measure of an incident (killed or injured): every value with who
 * gave it, min, max and whether two of them conflict.
 */
import type { ActorRow, ClaimRow } from '../../db/node.repository.ts';
import type { EvidenceRow } from '../../db/relation.repository.ts';
import { describeActor } from './describe-actor.ts';
import { figureRange, rangesConflict } from './figure-range.ts';
import { findIndependentSource } from './find-independent-source.ts';

export type Measure = 'killed' | 'injured';

/** One value and who gave it (the value of a FigureValue). */
export interface FigureValueData {
  value: number;
  qualifier: string | null;
  vague: boolean;
  victims: string | null;
  claim: ClaimRow;
  source: ActorRow | null;
  via: ActorRow[];
  outlet: ActorRow | null;
  /** Grouping key of the independent source it counts for. */
  independentKey: string;
}

/** The summary of one measure (the value of a FigureSummary), with the conflicts in words. */
export interface FigureSummaryData {
  min: number | null;
  max: number | null;
  conflicting: boolean;
  values: FigureValueData[];
  conflicts: string[];
}

/** Given evidence rows and a measure, returns the values (denials left out: they give no toll), smallest first. */
export function listFigureValues(evidence: readonly EvidenceRow[], measure: Measure): FigureValueData[] {
  return evidence
    .filter((e) => e.claim.stance !== 'deny' && typeof e.claim[measure] === 'number')
    .map((e) => ({
      value: e.claim[measure] as number,
      qualifier: e.claim.qualifier,
      vague: e.claim.vague ?? false,
      victims: e.claim.victims,
      claim: e.claim,
      source: e.source,
      via: [...e.relays].sort((a, b) => a.hop - b.hop).map((r) => r.node).filter((a) => a.id !== e.outlet?.id),
      outlet: e.outlet,
      independentKey: findIndependentSource(e).key,
    }))
    .sort((a, b) => a.value - b.value || a.claim.id.localeCompare(b.claim.id));
}

/** Given a value, returns how reasons write it: "about 30 (anonymous residents via SANA, in SANA)". */
export function describeFigure(v: FigureValueData): string {
  const qualifier = v.vague ? 'at least (vague) ' : v.qualifier ? `${v.qualifier.replace('_', ' ')} ` : '';
  const via = v.via.length > 0 ? ` via ${v.via.map(describeActor).join(' via ')}` : '';
  const outlet = v.outlet ? `, in ${describeActor(v.outlet)}` : '';
  return `${qualifier}${v.value} (${describeActor(v.source)}${via}${outlet})`;
}

/** Given evidence rows and a measure, returns min, max, values and the conflicting pairs in words. */
export function summarizeFigures(evidence: readonly EvidenceRow[], measure: Measure): FigureSummaryData {
  const values = listFigureValues(evidence, measure);
  const conflicts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i] as FigureValueData;
      const b = values[j] as FigureValueData;
      const ra = figureRange(a.value, a.qualifier, a.vague);
      const rb = figureRange(b.value, b.qualifier, b.vague);
      if (ra && rb && rangesConflict(ra, rb)) conflicts.push(`${measure} figures conflict: ${describeFigure(a)} vs ${describeFigure(b)}`);
    }
  }
  return {
    min: values[0]?.value ?? null,
    max: values.at(-1)?.value ?? null,
    conflicting: conflicts.length > 0,
    values,
    conflicts,
  };
}
