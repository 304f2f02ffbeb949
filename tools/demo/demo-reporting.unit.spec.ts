import { checkFormula, declaredValueCommandTypes, indicatorCommandTypes, parsePeriod } from '@tn/reporting-contracts';
import { merges, units } from './demo-dataset';
import { PLAN_INDICATORS, REPORTING_DEMO_QUERY, reportingDemoActivities, reportingDemoCommands } from './demo-reporting';

/** A demo unit's first and last days (a merged unit ends the day before its merger). */
function lifeOf(unitId: string): { from: string; until?: string } | undefined {
  const unit = units.find((candidate) => candidate.unitId === unitId);
  const merger = merges.find((merge) => merge.sourceUnitIds.includes(unitId));
  if (unit) return { from: unit.effectiveFrom, ...(merger ? { until: merger.effectiveFrom } : {}) };
  const successor = merges.find((merge) => 'newUnitId' in merge.successor && merge.successor.newUnitId === unitId);
  return successor ? { from: successor.effectiveFrom } : undefined;
}

describe('the reporting demo (Lào Cai 2025 and 2026)', () => {
  it('records each 2025 activity by a unit that existed on its day, before the merged communes ended', () => {
    for (const command of reportingDemoActivities()) {
      const { proposedOn, profile } = command.payload as { proposedOn: string; profile: { organiserUnitId: string } };
      const life = lifeOf(profile.organiserUnitId) ?? { from: '9999-12-31' };
      expect({ id: command.id, after: proposedOn >= life.from, before: life.until === undefined || proposedOn < life.until }).toEqual({
        id: command.id,
        after: true,
        before: true,
      });
      expect(proposedOn.startsWith('2025-')).toBe(true);
    }
  });

  it('declares figures for known units and real periods, and defines plan indicators whose formulas the service accepts', () => {
    const commands = reportingDemoCommands();
    const known = new Set([
      ...units.map((unit) => unit.unitId),
      ...merges.flatMap((merge) => ('newUnitId' in merge.successor ? [merge.successor.newUnitId] : [])),
    ]);
    for (const command of commands.filter((candidate) => candidate.type === 'DeclareValue')) {
      const { unitId, period, value } = command.payload as { unitId: string; period: string; value: number };
      expect(known.has(unitId)).toBe(true);
      expect(parsePeriod(period)).toBeDefined();
      expect(Number.isInteger(value) && value >= 0).toBe(true);
    }
    for (const indicator of PLAN_INDICATORS) expect(checkFormula(indicator.formula)).toBeUndefined();
    const types = new Set<string>([...declaredValueCommandTypes, ...indicatorCommandTypes].map((definition) => definition.type));
    expect(commands.every((command) => types.has(command.type))).toBe(true);
    expect(new Set(commands.map((command) => command.id)).size).toBe(commands.length);
  });

  it('asks the gateway for K1–K5 and both plan indicators for 2025 and 2026', () => {
    expect(REPORTING_DEMO_QUERY.indicatorIds).toHaveLength(11);
    expect(REPORTING_DEMO_QUERY.periods).toEqual(['Y2025', 'Y2026']);
  });
});
