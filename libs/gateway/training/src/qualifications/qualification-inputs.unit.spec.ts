import { ApiError } from '@tn/gateway-graphql-kit';
import { asOfDate, requireExtensionTerms } from './qualification-inputs';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, field: error.field };
    throw error;
  }
  return undefined;
};

describe('qualification query arguments', () => {
  it('reads as of today when no date is given, and refuses a date that is not on the calendar, naming the argument', () => {
    expect(asOfDate(undefined, '2026-05-01', 'en')).toBe('2026-05-01');
    expect(asOfDate('2027-02-28', '2026-05-01', 'en')).toBe('2027-02-28');
    expect(failure(() => asOfDate('2027-02-29', '2026-05-01', 'en'))).toEqual({ code: 'QUALIFICATION.DATE_INVALID', field: 'asOf' });
  });

  it("checks an extension's terms with the decider's codes and fields, so a preview is refused as the apply would be", () => {
    const terms = { expiringFrom: '2026-01-01', expiringTo: '2026-06-30', extendByMonths: 6 };
    expect(requireExtensionTerms(terms, 'en')).toEqual(terms);
    expect(failure(() => requireExtensionTerms({ ...terms, expiringFrom: '2026-13-01' }, 'en'))).toEqual({
      code: 'QUALIFICATION.DATE_INVALID',
      field: 'expiringFrom',
    });
    expect(failure(() => requireExtensionTerms({ ...terms, expiringTo: '2025-12-31' }, 'en'))).toEqual({
      code: 'QUALIFICATION.EXTENSION_PERIOD_INVALID',
      field: 'expiringTo',
    });
    for (const extendByMonths of [0, 25, 1.5]) {
      expect(failure(() => requireExtensionTerms({ ...terms, extendByMonths }, 'en'))).toEqual({
        code: 'QUALIFICATION.NUMBER_OUT_OF_RANGE',
        field: 'extendByMonths',
      });
    }
  });
});
