import { findInputProblem, isEntityId, isIdField, textProblem } from './input-grammar';

describe('the platform id grammar', () => {
  it.each([
    'hierarchy-national',
    'lao-cai',
    'demo-xa-ta-van',
    'acc-AbC123xyz',
    '2c1f0a9e-4b7d-4c1e-9a55-0f3b2d9c8e71',
    'demo:CreateUnit:lao-cai',
    'v1_2-x',
    'a'.repeat(128),
  ])('accepts %s', (id) => expect(isEntityId(id)).toBe(true));

  it.each([
    ['empty', ''],
    ['NUL', 'abc\u0000def'],
    ['5,000 characters', 'a'.repeat(5000)],
    ['129 characters', 'a'.repeat(129)],
    ['a path', '../../etc/passwd'],
    ['a query operator', '$where'],
    ['a JSON query', '{"$gt":""}'],
    ['a leading hyphen', '-x'],
    ['a space', 'lao cai'],
    ['Vietnamese letters', 'lào-cai'],
    // Ids become document keys, and the MongoDB wire refuses a key with a dot.
    ['a dot', 'pos.1'],
  ])('refuses %s', (_, id) => expect(isEntityId(id)).toBe(false));

  it('knows id fields by name, but not a national id number', () => {
    expect(['id', 'unitId', 'sourceUnitIds', 'voidRecordIds', 'responsibleCadreId'].every(isIdField)).toBe(true);
    expect(['nationalId', 'idea', 'valid', 'paid', 'fullName'].some(isIdField)).toBe(false);
  });
});

describe('clean text', () => {
  it('accepts Vietnamese names and refuses control characters and bidi overrides', () => {
    expect(textProblem('Nguyễn Thị Mai')).toBeUndefined();
    expect(textProblem('Mai\u202Eiam')).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem('Mai\u2066x\u2069')).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem('Mai\u0007')).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem('Mai\u0085')).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem('line\nbreak')).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem('a'.repeat(1001))).toBe('INPUT.TEXT_TOO_LONG');
  });

  it.each([
    ['left-to-right mark', '\u200E'],
    ['right-to-left mark', '\u200F'],
    ['Arabic letter mark', '\u061C'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['zero-width space', '\u200B'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
  ])('refuses an invisible %s, in one-line and in long text', (_, mark) => {
    expect(textProblem(`Mai${mark}Anh`)).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem(`Mai${mark}Anh`, { multiline: true })).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(findInputProblem({ nameVi: `${mark}Lào Cai` })).toMatchObject({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'nameVi' });
  });

  it('keeps the zero-width joiner and non-joiner that scripts and emoji need', () => {
    expect(textProblem('می\u200Cخواهم')).toBeUndefined(); // Persian: ZWNJ inside a word
    expect(textProblem('क्\u200Dष')).toBeUndefined(); // Devanagari: ZWJ
    expect(textProblem('👨\u200D👩\u200D👧')).toBeUndefined(); // a family emoji
  });

  it('allows line feeds and tabs only in long text', () => {
    expect(textProblem('one\n\ttwo', { multiline: true })).toBeUndefined();
    expect(textProblem('one\r\ntwo', { multiline: true })).toBe('INPUT.TEXT_FORBIDDEN_CHARACTER');
    expect(textProblem('a'.repeat(10_000), { multiline: true })).toBeUndefined();
  });
});

describe('a command payload', () => {
  it('passes when every id and text is clean', () => {
    expect(
      findInputProblem({
        unitId: 'lao-cai',
        parentId: null,
        nameVi: 'Tỉnh đoàn Lào Cai',
        sourceUnitIds: ['a', 'b'],
        into: [{ unitId: 'c' }],
        summary: 'Đã xong.\nTốt.',
        capacity: 3,
      }),
    ).toBeUndefined();
  });

  it('names the field at fault by its path, without the value', () => {
    expect(findInputProblem({ volunteerId: '../../etc/passwd' })).toEqual({ code: 'INPUT.ID_INVALID', field: 'volunteerId', details: { maxLength: 128 } });
    expect(findInputProblem({ sourceUnitIds: ['ok', '$where'] })?.field).toBe('sourceUnitIds.1');
    expect(findInputProblem({ into: [{ unitId: 'ok' }, { unitId: '' }] })?.field).toBe('into.1.unitId');
    expect(findInputProblem({ consents: [{ guardian: { fullName: 'Bà\u202EX' } }] })).toMatchObject({
      code: 'INPUT.TEXT_FORBIDDEN_CHARACTER',
      field: 'consents.0.guardian.fullName',
    });
    expect(findInputProblem({ childAssignments: { 'a\u0000': 'b' } })).toMatchObject({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'childAssignments' });
    expect(findInputProblem({ nationalId: '0123 4567 8901' })).toBeUndefined();
  });

  it.each([
    ['a query object', { volunteerId: { $gt: '' } }, 'volunteerId'],
    ['a number', { unitId: 5 }, 'unitId'],
    ['a boolean', { id: true }, 'id'],
    ['an object in a list of ids', { sourceUnitIds: ['ok', { $ne: null }] }, 'sourceUnitIds.1'],
    ['a nested list', { sourceUnitIds: [['a']] }, 'sourceUnitIds.0'],
    ['a query object deep inside', { into: [{ unitId: { $gt: '' } }] }, 'into.0.unitId'],
  ])('refuses %s where an id belongs', (_, payload, field) => {
    expect(findInputProblem(payload)).toEqual({ code: 'INPUT.ID_INVALID', field, details: { maxLength: 128 } });
  });

  it('refuses nesting too deep to be a real command', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = { inner: deep };
    expect(findInputProblem(deep)?.code).toBe('INPUT.TOO_DEEP');
  });
});
