/**
 * Public API: how well the sources of an incident agree. Claims that do not deny it are grouped into independent
 * sources (findIndependentSource); the grade is CONTESTED when someone denies it or two figures conflict,
 * CORROBORATED with two or more independent sources, else SINGLE_SOURCE. Every step is spelled out in `reasons`.
 */
import type { ActorRow, ClaimRow } from '../../db/node.repository.ts';
import type { EvidenceRow } from '../../db/relation.repository.ts';
import { AgreementGrade } from '../types/agreement-grade.type.ts';
import { describeActor } from './describe-actor.ts';
import { findIndependentSource } from './find-independent-source.ts';
import { summarizeFigures } from './summarize-figures.ts';

/** The value of an Agreement. */
export interface AgreementData {
  grade: AgreementGrade;
  independentSourceCount: number;
  independentSources: { actor: ActorRow | null; claims: ClaimRow[]; outlets: ActorRow[] }[];
  denials: ClaimRow[];
  reasons: string[];
}

/** Given every claim about an incident (evidence rows), returns its agreement grade with reasons. */
export function gradeAgreement(evidence: readonly EvidenceRow[]): AgreementData {
  const denying = evidence.filter((e) => e.claim.stance === 'deny');
  const backing = evidence.filter((e) => e.claim.stance !== 'deny');
  const groups = new Map<string, { actor: ActorRow | null; label: string; rows: EvidenceRow[] }>();
  for (const e of backing) {
    const ref = findIndependentSource(e);
    const group = groups.get(ref.key) ?? { actor: ref.actor, label: ref.label, rows: [] };
    group.rows.push(e);
    groups.set(ref.key, group);
  }
  const reasons: string[] = [];
  const names = [...groups.values()].map((g) => g.label);
  reasons.push(
    groups.size === 0
      ? 'No claim backs it.'
      : `${groups.size} independent source${groups.size === 1 ? '' : 's'}: ${names.join(', ')}.`,
  );
  for (const group of groups.values()) {
    const outlets = uniqueActors(group.rows.map((r) => r.outlet));
    if (group.rows.length > 1) {
      const where = outlets.length > 1 ? ` in ${outlets.length} outlets (${outlets.map(describeActor).join(', ')})` : '';
      reasons.push(`${group.rows.length} claims${where} go back to ${group.label}: counted once.`);
    }
  }
  for (const d of denying) reasons.push(`Denied by ${describeActor(d.source ?? d.outlet)}: "${truncate(d.claim.text)}"`);
  const killed = summarizeFigures(backing, 'killed');
  const injured = summarizeFigures(backing, 'injured');
  reasons.push(...killed.conflicts.map(capitalize), ...injured.conflicts.map(capitalize));
  for (const [measure, summary] of [['killed', killed], ['injured', injured]] as const) {
    if (!summary.conflicting && summary.values.length > 1) {
      reasons.push(`The ${summary.values.length} ${measure} figures are consistent (${summary.min}${summary.max !== summary.min ? ` to ${summary.max}` : ''}).`);
    }
  }
  const contested = denying.length > 0 || killed.conflicting || injured.conflicting;
  const grade = contested ? AgreementGrade.CONTESTED : groups.size >= 2 ? AgreementGrade.CORROBORATED : AgreementGrade.SINGLE_SOURCE;
  if (grade === AgreementGrade.SINGLE_SOURCE) reasons.push('Fewer than two independent sources: not corroborated.');
  return {
    grade,
    independentSourceCount: groups.size,
    independentSources: [...groups.values()].map((g) => ({
      actor: g.actor,
      claims: g.rows.map((r) => r.claim),
      outlets: uniqueActors(g.rows.map((r) => r.outlet)),
    })),
    denials: denying.map((d) => d.claim),
    reasons,
  };
}

function uniqueActors(list: (ActorRow | null)[]): ActorRow[] {
  const byId = new Map<string, ActorRow>();
  for (const a of list) if (a) byId.set(a.id, a);
  return [...byId.values()];
}

function truncate(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
