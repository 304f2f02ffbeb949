import { effectiveValidUntil } from '@tn/training-contracts';
import type { QualificationKindFactDoc } from './fact-docs';
import { envelope, fold } from './fact-envelopes.test-fixtures';
import { evolveQualificationKindFacts, qualificationKindFactsProjection } from './qualification-kind-facts.projection';

const terms = {
  name: 'Điều phối tình nguyện',
  ownerUnitId: 'trung-uong',
  validityYears: 2,
  renewalWindowMonths: 6,
  grantingCurriculumIds: ['cur-1'],
  renewingCurriculumIds: [],
  prerequisiteKindIds: [],
  isTrainerQualification: false,
  leadingRenews: false,
};
const onKind = (type: string, data: Record<string, unknown>) => envelope(type, { kindId: 'k-1', ...data }, 'qualification-kind-k-1');
const extension = (extensionId: string, extendByMonths: number) =>
  onKind('QualificationValidityExtended', {
    extensionId,
    expiringFrom: '2025-01-01',
    expiringTo: '2025-12-31',
    extendByMonths,
    reason: 'Bão lũ',
    extendedOn: '2024-12-15',
    extendedBy: 'acc-admin',
  });

describe('qualification kind facts', () => {
  it('keeps nothing of the terms, only the blanket extensions in the order declared, each once', () => {
    const doc = fold(evolveQualificationKindFacts, [
      onKind('QualificationKindDefined', { ...terms, definedOn: '2024-01-01', definedBy: 'acc-admin' }),
      onKind('QualificationKindRevised', { ...terms, validityYears: 3, revision: 2, revisedOn: '2024-06-01', revisedBy: 'acc-admin' }),
      extension('x-1', 6),
      extension('x-1', 6),
      extension('x-2', 3),
    ]) as QualificationKindFactDoc;
    expect(doc).toEqual({
      kindId: 'k-1',
      extensions: [
        { kindId: 'k-1', extensionId: 'x-1', expiringFrom: '2025-01-01', expiringTo: '2025-12-31', extendByMonths: 6, extendedOn: '2024-12-15' },
        { kindId: 'k-1', extensionId: 'x-2', expiringFrom: '2025-01-01', expiringTo: '2025-12-31', extendByMonths: 3, extendedOn: '2024-12-15' },
      ],
    });
    // The training contracts take them as they are, in turn: 6 months, then 3 (the new expiry still lies in the second's range).
    const record = { recordId: 'r-1', kindId: 'k-1', grantedOn: '2023-07-01', validUntil: '2025-06-30', renewalWindowMonths: 6 };
    expect(effectiveValidUntil(record, doc.extensions)).toBe('2026-03-30');
  });

  it('follows the kind’s whole stream in order, one document per kind', () => {
    expect(qualificationKindFactsProjection.contiguous).toBeUndefined();
    expect(qualificationKindFactsProjection.documentId(extension('x-1', 1))).toBe('k-1');
  });
});
