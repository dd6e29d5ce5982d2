/**
 * Public API: one incident two outlets both covered, with the killed and injured figures each gave and where
 * they cannot be squared (figure ranges as in figure-range.ts).
 */
import type { IncidentRow } from '../../db/node.repository.ts';
import type { EvidenceRow } from '../../db/relation.repository.ts';
import { figureRange, rangesConflict } from './figure-range.ts';
import { describeFigure, listFigureValues, type FigureValueData } from './summarize-figures.ts';

/** The value of a ComparedIncident. */
export interface ComparedIncidentData {
  incident: IncidentRow;
  killedA: FigureValueData[];
  killedB: FigureValueData[];
  injuredA: FigureValueData[];
  injuredB: FigureValueData[];
  figuresDiffer: boolean;
  differences: string[];
}

/** Given an incident, every claim about it and two outlet ids, returns each outlet's figures and their differences. */
export function compareOutletFigures(incident: IncidentRow, evidence: readonly EvidenceRow[], a: string, b: string): ComparedIncidentData {
  const of = (outlet: string) => evidence.filter((e) => e.outlet?.id === outlet);
  const killedA = listFigureValues(of(a), 'killed');
  const killedB = listFigureValues(of(b), 'killed');
  const injuredA = listFigureValues(of(a), 'injured');
  const injuredB = listFigureValues(of(b), 'injured');
  const differences = [...differ('killed', killedA, killedB), ...differ('injured', injuredA, injuredB)];
  return { incident, killedA, killedB, injuredA, injuredB, figuresDiffer: differences.length > 0, differences };
}

function differ(measure: string, left: FigureValueData[], right: FigureValueData[]): string[] {
  const out: string[] = [];
  for (const x of left) {
    for (const y of right) {
      const rx = figureRange(x.value, x.qualifier, x.vague);
      const ry = figureRange(y.value, y.qualifier, y.vague);
      if (rx && ry && rangesConflict(rx, ry)) out.push(`${measure}: ${describeFigure(x)} vs ${describeFigure(y)}`);
    }
  }
  return out;
}
