import { effectiveValidUntil } from '@tn/training-contracts';
import type { QualificationKindDoc } from './qualification-kind.read-model';
import { extensionPreview, kindStandingOn, standingsOn, statusTotals, unitHoldersOn } from './qualification-standing';
import type { QualificationRecordDoc, TraineeDoc } from './trainee.read-model';

const kind: QualificationKindDoc = {
  kindId: 'coordination',
  name: 'Điều phối tình nguyện',
  ownerUnitId: 'province',
  validityYears: 2,
  renewalWindowMonths: 6,
  grantingCurriculumIds: ['cur-1'],
  renewingCurriculumIds: ['cur-r'],
  prerequisiteKindIds: [],
  isTrainerQualification: false,
  leadingRenews: false,
  revision: 1,
  definedOn: '2026-01-01',
  extensions: [],
};
const rec = (recordId: string, grantedOn: string, validUntil: string, extra: Partial<QualificationRecordDoc> = {}): QualificationRecordDoc => ({
  recordId,
  kindId: 'coordination',
  kindRevision: 1,
  grantedOn,
  validUntil,
  renewalWindowMonths: 6,
  origin: 'course-completed',
  ...extra,
});
const person = (personId: string, records: QualificationRecordDoc[]): TraineeDoc => ({
  personId,
  personKind: 'cadre',
  records,
  revocations: [],
  enrolmentUnits: [],
  kindIds: [...new Set(records.map((r) => r.kindId))],
  unitIds: [...new Set(records.flatMap((r) => (r.unitId ? [r.unitId] : [])))],
  unitKinds: [],
});

describe('qualification standing as of a date', () => {
  it('stands a person on their best record and lists every record of the kind, newest first, each with its own status', () => {
    const doc = person('p1', [
      rec('old', '2024-01-10', '2026-01-10'),
      rec('renewal', '2025-12-01', '2028-01-10', { origin: 'course-completed', renewsRecordId: 'old' }),
    ]);
    const standing = kindStandingOn(doc, 'coordination', '2026-03-01', []);
    expect(standing).toMatchObject({ status: 'valid', validUntil: '2028-01-10', current: { recordId: 'renewal' } });
    expect(standing?.history.map((h) => [h.record.recordId, h.status, h.renewableUntil])).toEqual([
      ['renewal', 'valid', '2028-07-10'],
      ['old', 'expired-renewable', '2026-07-10'],
    ]);
  });

  it("moves an expiry by the kind's blanket extension, as the contracts' status does", () => {
    const extended = {
      ...kind,
      extensions: [
        {
          kindId: 'coordination',
          extensionId: 'x',
          expiringFrom: '2026-01-01',
          expiringTo: '2026-03-31',
          extendByMonths: 6,
          extendedOn: '2025-12-20',
          reason: 'Bão',
          extendedBy: 'a',
        },
      ],
    };
    const doc = person('p1', [rec('r1', '2024-01-10', '2026-01-10')]);
    expect(standingsOn(doc, '2026-05-01', new Map([['coordination', extended]]))[0]).toMatchObject({ status: 'valid', validUntil: '2026-07-10' });
    expect(standingsOn(doc, '2026-05-01', new Map())[0]).toMatchObject({ status: 'expired-renewable', validUntil: '2026-01-10' });
  });

  it("counts in a unit's view the people with a record of the kind granted in its units, each by their best record wherever granted", () => {
    const docs = [
      // Trained in the subtree, renewed elsewhere: counts here, valid.
      person('p1', [rec('a', '2024-01-10', '2026-01-10', { unitId: 'commune-a' }), rec('b', '2025-12-01', '2028-01-10', { unitId: 'other' })]),
      // Trained elsewhere only: the query matched on another kind's record, so it does not count.
      person('p2', [rec('c', '2025-01-10', '2027-01-10', { unitId: 'other' }), rec('d', '2025-01-10', '2027-01-10', { kindId: 'tot', unitId: 'commune-a' })]),
      person('p3', [rec('e', '2023-01-10', '2025-01-10', { unitId: 'commune-b' })]),
      // Read twice (listed under two units): counted once.
      person('p3', [rec('e', '2023-01-10', '2025-01-10', { unitId: 'commune-b' })]),
    ];
    const holders = unitHoldersOn(docs, new Set(['commune-a', 'commune-b']), kind, '2026-03-01');
    expect(holders.map((h) => [h.personId, h.standing.status, h.standing.current.recordId])).toEqual([
      ['p1', 'valid', 'b'],
      ['p3', 'lapsed', 'e'],
    ]);
    expect(statusTotals(holders)).toEqual([
      { status: 'valid', count: 1 },
      { status: 'expired-renewable', count: 0 },
      { status: 'lapsed', count: 1 },
      { status: 'revoked', count: 0 },
      { status: 'not-yet-valid', count: 0 },
    ]);
  });

  it('previews exactly what the extension moves once declared: the new expiry of each record, and nothing else', () => {
    const earlier = {
      kindId: 'coordination',
      extensionId: 'x0',
      expiringFrom: '2026-01-01',
      expiringTo: '2026-01-31',
      extendByMonths: 2,
      extendedOn: '2025-12-01',
      reason: 'Lũ',
      extendedBy: 'a',
    };
    const withEarlier = { ...kind, extensions: [earlier] };
    const docs = [
      person('p1', [rec('r1', '2024-01-15', '2026-01-15')]), // moved to 2026-03-15 by the earlier one: inside the window
      person('p2', [rec('r2', '2024-06-30', '2026-06-30')]), // inside
      person('p3', [rec('r3', '2024-09-01', '2026-09-01')]), // outside
      person('p4', [rec('r4', '2026-10-01', '2028-10-01')]), // granted after the declaration: not moved
      person('p5', [rec('r5', '2024-05-01', '2026-05-01', { revokedOn: '2026-02-01' })]), // revoked before: not moved
    ];
    const terms = { expiringFrom: '2026-03-01', expiringTo: '2026-06-30', extendByMonths: 3 };
    const preview = extensionPreview(docs, withEarlier, terms, '2026-02-20');
    expect(preview.map((item) => [item.personId, item.oldValidUntil, item.newValidUntil])).toEqual([
      ['p1', '2026-03-15', '2026-06-15'],
      ['p2', '2026-06-30', '2026-09-30'],
    ]);
    const declared = [earlier, { ...terms, kindId: 'coordination', extensionId: 'x1', extendedOn: '2026-02-20' }];
    for (const doc of docs) {
      for (const record of doc.records) {
        const moved = preview.find((item) => item.record.recordId === record.recordId);
        expect(effectiveValidUntil(record, declared)).toBe(moved?.newValidUntil ?? effectiveValidUntil(record, [earlier]));
      }
    }
  });
});
