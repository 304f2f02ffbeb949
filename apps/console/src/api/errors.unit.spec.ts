import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiProblemsOf, fieldErrorsOf } from './errors';

describe('API errors shown on the screen', () => {
  const error = new CombinedGraphQLErrors({
    data: null,
    errors: [
      { message: 'Lý do không được để trống.', extensions: { code: 'BAD_USER_INPUT', field: 'input.comment' } },
      { message: 'Bạn không có quyền.', extensions: { code: 'FORBIDDEN' } },
    ],
  });

  it('keeps the localised message, the code and the field', () => {
    expect(apiProblemsOf(error)).toEqual([
      { message: 'Lý do không được để trống.', code: 'BAD_USER_INPUT', field: 'input.comment' },
      { message: 'Bạn không có quyền.', code: 'FORBIDDEN', field: undefined },
    ]);
    expect(apiProblemsOf(new TypeError('Failed to fetch'))).toBeNull();
  });

  it('puts a field error on the form field at fault, and only on fields the form has', () => {
    const problems = apiProblemsOf(error)!;
    expect(fieldErrorsOf(problems, ['comment'])).toEqual([{ name: 'comment', errors: ['Lý do không được để trống.'] }]);
    expect(fieldErrorsOf(problems, ['reason'])).toEqual([]);
  });
});
