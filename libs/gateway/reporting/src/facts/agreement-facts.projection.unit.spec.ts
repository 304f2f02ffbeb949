import { agreementStatusOn } from '@tn/network-contracts';
import { agreementFactsProjection, evolveAgreementFacts } from './agreement-facts.projection';
import type { AgreementFactDoc } from './fact-docs';
import { envelope, fold } from './fact-envelopes.test-fixtures';

const onAgreement = (type: string, data: Record<string, unknown>) => envelope(type, { agreementId: 'ag-1', ...data }, 'agreement-ag-1');
const signed = onAgreement('AgreementSigned', {
  partnerId: 'pt-1',
  title: 'Hợp tác tình nguyện',
  scope: 'Xây nhà nhân ái',
  fields: ['social-security'],
  leadUnitId: 'tinh-lao-cai',
  partyUnitIds: ['xa-ta-van', 'tinh-lao-cai'],
  signedOn: '2025-01-05',
  validFrom: '2025-01-10',
  validTo: '2025-12-31',
  commitments: [],
  recordedBy: 'acc',
  recordedOn: '2025-01-05',
});

describe('agreement facts', () => {
  it('keeps its partner, its units and its validity, as agreementStatusOn reads them', () => {
    const doc = fold(evolveAgreementFacts, [signed]) as AgreementFactDoc;
    expect(doc).toEqual({
      agreementId: 'ag-1',
      partnerId: 'pt-1',
      leadUnitId: 'tinh-lao-cai',
      partyUnitIds: ['xa-ta-van', 'tinh-lao-cai'],
      validFrom: '2025-01-10',
      validTo: '2025-12-31',
      unitIds: ['tinh-lao-cai', 'xa-ta-van'],
    });
    expect(agreementStatusOn(doc, '2025-01-09')).toBe('not-yet-in-force');
    expect(agreementFactsProjection.indexes).toEqual([{ unitIds: 1 }]);
    expect(agreementFactsProjection.documentId(signed)).toBe('ag-1');
  });

  it('extends its validity as amended, and ends it on the termination’s day', () => {
    const doc = fold(evolveAgreementFacts, [
      signed,
      onAgreement('AgreementAmended', { validTo: '2026-06-30', scope: 'Mở rộng', commitments: [], amendedBy: 'acc', amendedOn: '2025-11-01' }),
      onAgreement('AgreementTerminated', { on: '2026-03-01', reason: 'Đối tác rút', terminatedBy: 'acc', terminatedOn: '2026-02-15' }),
    ]) as AgreementFactDoc;
    expect(doc).toMatchObject({ validTo: '2026-06-30', termination: { on: '2026-03-01' } });
    expect(agreementStatusOn(doc, '2026-02-28')).toBe('in-force');
    expect(agreementStatusOn(doc, '2026-03-01')).toBe('terminated');
  });

  it('refuses an event for an agreement it does not know', () => {
    expect(() => evolveAgreementFacts(null, onAgreement('AgreementTerminated', { on: '2026-03-01' }))).toThrow('do not know');
  });
});
