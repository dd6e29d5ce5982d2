import { describe, expect, it } from 'vitest';
import { createLocationTable, rankLocation } from '../../../../src/extract/incidents/location-table.ts';
import { runIncidents } from './helpers/run-incidents.ts';

describe('the place of an incident', () => {
  it('does not take the dateline for the place', () => {
    const [i] = runIncidents(
      'حلب (وكالة الأنباء) - شن الطيران الروسي صباح اليوم غارات على مناطق في محافظة إدلب.',
    ).incidents;
    expect(i?.locationId).toBe('idlib-gov');
  });

  it('places a strike on a facility in the town it stands in', () => {
    const [i] = runIncidents('استهدفت غارة جوية مستشفى الرحمة في مدينة معرة النعمان مساء اليوم.').incidents;
    expect(i?.locationId).toBe('maarat');
  });

  it('keeps the facility when no town is named with it', () => {
    const [i] = runIncidents('استهدفت غارة جوية مستشفى الرحمة مساء اليوم.').incidents;
    expect(i?.locationId).toBe('rahma-hospital');
  });

  it('ranks a place no list knows above a governorate or a region', () => {
    const table = createLocationTable(
      new Map([
        ['gov', 'governorate'],
        ['river', 'region'],
      ]),
      new Map(),
      new Map(),
    );
    expect(rankLocation(table, 'unknown-village')).toBeGreaterThan(rankLocation(table, 'gov'));
    expect(rankLocation(table, 'unknown-village')).toBeGreaterThan(rankLocation(table, 'river'));
  });
});
