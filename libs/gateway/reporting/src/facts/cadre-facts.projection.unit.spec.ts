import { holderStatusOn } from '@tn/training-contracts';
import { tenureCovers } from '../engine/fact-inputs';
import { cadreFactsProjection, evolveCadreFacts } from './cadre-facts.projection';
import type { CadreFactDoc } from './fact-docs';
import { envelope, fold } from './fact-envelopes.test-fixtures';

const onCadre = (type: string, data: Record<string, unknown>) => envelope(type, { cadreId: 'p-1', ...data }, 'cadre-p-1');
const onTrainee = (type: string, data: Record<string, unknown>) => envelope(type, { personId: 'p-1', ...data }, 'trainee-p-1');

const registration = onCadre('CadreRegistered', {
  fullName: 'Nguyễn Văn An',
  email: 'an@example.org',
  phone: '0912345678',
  registeredOn: '2024-01-02',
  registeringUnitId: 'xa-ta-van',
});
const appointment = onCadre('CadreAppointed', {
  positionId: 'pos-1',
  unitId: 'xa-ta-van',
  title: 'Bí thư Đoàn xã',
  dedicatedToVolunteerWork: true,
  termStart: '2024-02-01',
  termEnd: '2027-01-31',
});
const grant = (recordId: string, grantedOn: string, validUntil: string) =>
  onTrainee('QualificationGranted', {
    personKind: 'cadre',
    recordId,
    kindId: 'k-volunteer-coordination',
    kindRevision: 1,
    grantedOn,
    validUntil,
    renewalWindowMonths: 6,
    courseId: `course-${recordId}`,
    curriculumId: 'cur-coordination',
  });

const factsAfter = (...events: never[]) => fold(evolveCadreFacts, events) as CadreFactDoc;

describe('cadre facts', () => {
  it('keeps the registering unit’s ownership until the first appointment, then the dedicated position', () => {
    const doc = factsAfter(registration, appointment);
    expect(doc.tenures).toEqual([
      { unitId: 'xa-ta-van', dedicated: false, from: '2024-01-02', until: '2024-02-01' },
      { positionId: 'pos-1', unitId: 'xa-ta-van', dedicated: true, from: '2024-02-01', until: '2027-02-01', planned: true },
    ]);
    expect(doc.unitIds).toEqual(['xa-ta-van']);
    expect(cadreFactsProjection.documentId(appointment)).toBe('p-1');
    expect(cadreFactsProjection.indexes).toEqual([{ unitIds: 1 }]);
  });

  it('copies no personal field of the registration: ids, units, the dedicated flag and dates only', () => {
    const stored = JSON.stringify(factsAfter(registration, appointment));
    for (const personal of ['Nguyễn Văn An', 'an@example.org', '0912345678', 'fullName', 'email', 'phone', 'Bí thư']) expect(stored).not.toContain(personal);
    expect(cadreFactsProjection.purgeSubject).toBeUndefined();
  });

  const transfer = (effectiveFrom: string, toUnitId = 'huyen-sa-pa') =>
    onCadre('CadreTransferred', { positionId: 'pos-1', fromUnitId: 'xa-ta-van', toUnitId, effectiveFrom });
  const termEnded = (endedOn: string) => onCadre('CadreTermEnded', { positionId: 'pos-1', endedOn });
  const { termEnd: _termEnd, ...openEnded } = (appointment as { data: Record<string, unknown> }).data;
  const appointedWithoutEnd = onCadre('CadreAppointed', openEnded);
  const positionTenures = (...events: never[]) => factsAfter(registration, ...events).tenures.slice(1);

  it('closes the tenure a transfer leaves on its first day elsewhere, and one whose term ended on `endedOn`', () => {
    const doc = factsAfter(registration, appointedWithoutEnd, transfer('2025-03-01'), termEnded('2025-09-01'));
    expect(doc.tenures.slice(1)).toEqual([
      { positionId: 'pos-1', unitId: 'xa-ta-van', dedicated: true, from: '2024-02-01', until: '2025-03-01' },
      { positionId: 'pos-1', unitId: 'huyen-sa-pa', dedicated: true, from: '2025-03-01', until: '2025-09-01' },
    ]);
    expect(doc.unitIds).toEqual(['huyen-sa-pa', 'xa-ta-van']);
  });

  it('reads `endedOn` as the first day no longer held, as the registry’s gateway documents it', () => {
    const [tenure] = positionTenures(appointedWithoutEnd, termEnded('2025-09-01'));
    expect(tenureCovers(tenure, '2025-08-31')).toBe(true);
    expect(tenureCovers(tenure, '2025-09-01')).toBe(false);
  });

  it('ends a fixed term after its `termEnd`, the last day held, with no end recorded', () => {
    const [tenure] = positionTenures(onCadre('CadreAppointed', { ...openEnded, termEnd: '2025-12-31' }));
    expect(tenure).toMatchObject({ from: '2024-02-01', until: '2026-01-01', planned: true });
    expect(tenureCovers(tenure, '2025-12-31')).toBe(true);
    expect(tenureCovers(tenure, '2026-01-01')).toBe(false);
    expect(positionTenures(onCadre('CadreAppointed', { ...openEnded, termEnd: '2028-02-28' }))[0].until).toBe('2028-02-29');
  });

  it('carries the planned end across a transfer: the term stays the same', () => {
    expect(positionTenures(appointment, transfer('2025-03-01'))).toEqual([
      { positionId: 'pos-1', unitId: 'xa-ta-van', dedicated: true, from: '2024-02-01', until: '2025-03-01' },
      { positionId: 'pos-1', unitId: 'huyen-sa-pa', dedicated: true, from: '2025-03-01', until: '2027-02-01', planned: true },
    ]);
  });

  it('lets a recorded end replace the planned one, earlier or later', () => {
    expect(positionTenures(appointment, termEnded('2025-09-01'))).toEqual([
      { positionId: 'pos-1', unitId: 'xa-ta-van', dedicated: true, from: '2024-02-01', until: '2025-09-01' },
    ]);
    expect(positionTenures(appointment, transfer('2025-03-01'), termEnded('2027-06-01'))[1]).toEqual({
      positionId: 'pos-1',
      unitId: 'huyen-sa-pa',
      dedicated: true,
      from: '2025-03-01',
      until: '2027-06-01',
    });
  });

  it('holds a position transferred after its planned end until the transfer, then not past it until an end is recorded', () => {
    const late = positionTenures(appointment, transfer('2027-05-01'));
    expect(late).toEqual([
      { positionId: 'pos-1', unitId: 'xa-ta-van', dedicated: true, from: '2024-02-01', until: '2027-05-01' },
      { positionId: 'pos-1', unitId: 'huyen-sa-pa', dedicated: true, from: '2027-05-01', until: '2027-05-01', planned: true },
    ]);
    expect(tenureCovers(late[1], '2027-05-01')).toBe(false);
  });

  it('folds training’s records read before the registry’s events, in the shape the status arithmetic takes', () => {
    const trained = factsAfter(grant('r-1', '2024-03-01', '2026-02-28'));
    expect(trained).toMatchObject({ personId: 'p-1', tenures: [], unitIds: [] });
    const doc = fold(evolveCadreFacts, [registration, appointment], trained) as CadreFactDoc;
    expect(doc.qualifications).toEqual([
      {
        recordId: 'r-1',
        kindId: 'k-volunteer-coordination',
        grantedOn: '2024-03-01',
        validUntil: '2026-02-28',
        renewalWindowMonths: 6,
        curriculumId: 'cur-coordination',
      },
    ]);
    expect(doc.unitIds).toEqual(['xa-ta-van']);
    expect(holderStatusOn(doc.qualifications, 'k-volunteer-coordination', '2025-12-31')).toBe('valid');
  });

  it('withdraws the records a revocation names from its day on; the earliest revocation stands', () => {
    const revoke = (revokedOn: string) =>
      onTrainee('QualificationRevoked', {
        kindId: 'k-volunteer-coordination',
        recordId: 'r-2',
        revokedRecordIds: ['r-2'],
        revokedOn,
        reason: 'Sai hồ sơ',
        revokedBy: 'acc',
      });
    const doc = factsAfter(grant('r-1', '2024-03-01', '2026-02-28'), grant('r-2', '2024-09-01', '2026-08-31'), revoke('2025-05-01'), revoke('2025-07-01'));
    expect(doc.qualifications.map((record) => [record.recordId, record.revokedOn])).toEqual([
      ['r-1', undefined],
      ['r-2', '2025-05-01'],
    ]);
  });

  it('keeps each passed learner’s course, before anything else names them, and learns whose document it is later', () => {
    const completed = envelope(
      'CourseCompleted',
      {
        courseId: 'course-9',
        curriculumId: 'cur-model',
        runningUnitId: 'tinh-lao-cai',
        completedOn: '2025-04-30',
        trainerIds: ['p-trainer'],
        scheduledHours: 16,
        passed: [
          { personId: 'p-1', personKind: 'cadre', unitId: 'xa-ta-van', score: 8, attendedHours: 16 },
          { personId: 'p-2', personKind: 'cadre', unitId: 'xa-ta-van', score: 9, attendedHours: 16 },
        ],
        notPassed: [{ personId: 'p-3', personKind: 'cadre', unitId: 'xa-ta-van', score: 3, attendedHours: 16 }],
        completedBy: 'acc',
      },
      'course-course-9',
    );
    expect(cadreFactsProjection.documentId(completed)).toEqual(['p-1', 'p-2']);
    const first = factsAfter(completed);
    expect(first).toMatchObject({ personId: '', completedCourses: [{ courseId: 'course-9', curriculumId: 'cur-model', completedOn: '2025-04-30' }] });
    expect(JSON.stringify(first)).not.toContain('score');
    expect(fold(evolveCadreFacts, [registration], first)).toMatchObject({ personId: 'p-1', completedCourses: [{ courseId: 'course-9' }] });
    expect(cadreFactsProjection.contiguous).toBe(false);
  });

  it('keeps no ownership for a registration recorded before registering units were named', () => {
    const { registeringUnitId: _unit, ...older } = (registration as { data: Record<string, unknown> }).data;
    expect(factsAfter(onCadre('CadreRegistered', older))).toMatchObject({ personId: 'p-1', tenures: [], unitIds: [] });
  });
});
