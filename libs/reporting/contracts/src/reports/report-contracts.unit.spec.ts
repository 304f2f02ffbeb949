import { checkMessage } from '@tn/shared-event-contracts';
import {
  isReportPeriodOf,
  parseReportId,
  REPORT_ERROR_CODES,
  REPORT_TEMPLATES,
  reportCommandTypes,
  reportEventTypes,
  reportIdOf,
  reportStreamId,
  type ReportSubmittedData,
  reportTemplateOf,
  reportWindowOf,
  type ReportTemplate,
} from './index';

const definition = (type: string) => {
  const found = reportCommandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { payload: new () => object; streamId(payload: object): string; rights(payload: object): unknown };
};
const template = (id: string): ReportTemplate => {
  const found = reportTemplateOf(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

const submitted: ReportSubmittedData = {
  reportId: 'xa-ta-van:six-monthly:H2026-1',
  unitId: 'xa-ta-van',
  templateId: 'six-monthly',
  period: 'H2026-1',
  submission: 2,
  structureDate: '2026-07-05',
  values: [{ indicatorId: 'k1', version: 1, value: 100, numerator: 1, denominator: 1, target: 60 }],
  children: [
    { unitId: 'thon-1', status: 'approved', submission: 1 },
    { unitId: 'thon-2', status: 'excused' },
  ],
  submittedAt: '2026-07-05T02:00:00.000Z',
  submittedBy: 'acc-1',
  dueOn: '2026-07-10',
  onTime: true,
};

describe('report templates', () => {
  it('lists the four templates, each with its sections, reviews with lessons learnt', () => {
    expect(REPORT_TEMPLATES.map((candidate) => [candidate.templateId, candidate.cadence, candidate.sections.length])).toEqual([
      ['six-monthly', 'half-year', 4],
      ['yearly', 'year', 4],
      ['mid-term-review', 'year', 5],
      ['final-review', 'year', 5],
    ]);
    expect(template('final-review').sections.map((section) => section.key)).toEqual(['results', 'limitations', 'next-tasks', 'recommendations', 'lessons']);
    expect(reportTemplateOf('quarterly')).toBeUndefined();
  });

  it.each([
    ['six-monthly', 'H2026-1', true],
    ['six-monthly', 'Y2026', false],
    ['yearly', 'Y2026', true],
    ['yearly', 'H2026-2', false],
    ['yearly', 'Q2026-1', false],
    ['mid-term-review', 'Y2025', true],
    ['mid-term-review', 'Y2026', false],
    ['final-review', 'Y2030', true],
    ['final-review', 'Y2025', false],
    ['yearly', 'nope', false],
  ])('%s is written for %s: %s', (templateId, period, expected) => {
    expect(isReportPeriodOf(template(templateId), period)).toBe(expected);
  });

  it('opens before the period ends, is due after it (later for a unit with child units) and closes later still', () => {
    expect(reportWindowOf(template('six-monthly'), 'H2026-1', false)).toEqual({ opensOn: '2026-06-15', dueOn: '2026-07-10', closesOn: '2026-08-29' });
    expect(reportWindowOf(template('six-monthly'), 'H2026-1', true)).toEqual({ opensOn: '2026-06-15', dueOn: '2026-07-20', closesOn: '2026-08-29' });
    expect(reportWindowOf(template('yearly'), 'Y2026', true)).toEqual({ opensOn: '2026-12-01', dueOn: '2027-01-20', closesOn: '2027-03-31' });
    expect(reportWindowOf(template('final-review'), 'Y2030', false)).toEqual({ opensOn: '2030-11-01', dueOn: '2031-01-15', closesOn: '2031-04-30' });
  });

  it('crosses a leap day and refuses a period the template is not written for', () => {
    expect(reportWindowOf(template('yearly'), 'Y2027', false).closesOn).toBe('2028-03-30');
    expect(() => reportWindowOf(template('mid-term-review'), 'Y2026', false)).toThrow('not a period of the mid-term-review report');
  });
});

describe('report ids', () => {
  it('read back from the right: a unit id may hold a colon, a template id and a period never do', () => {
    expect(reportIdOf('xa-ta-van', 'yearly', 'Y2026')).toBe('xa-ta-van:yearly:Y2026');
    expect(parseReportId('a:b:yearly:Y2026')).toEqual({ unitId: 'a:b', templateId: 'yearly', period: 'Y2026' });
    expect(reportStreamId('xa-ta-van:yearly:Y2026')).toBe('report-xa-ta-van:yearly:Y2026');
  });

  it.each(['yearly:Y2026', ':yearly:Y2026', 'u::Y2026', 'u:yearly:', 'plain'])('reads no report from "%s"', (id) => {
    expect(parseReportId(id)).toBeUndefined();
  });
});

describe('report command types', () => {
  const unitPayload = { unitId: 'xa-ta-van', templateId: 'yearly', period: 'Y2026' };

  it.each(['SaveReportDraft', 'SubmitReport'])("%s acts on the report's stream with write rights over the unit", (type) => {
    expect(definition(type).streamId(unitPayload)).toBe('report-xa-ta-van:yearly:Y2026');
    expect(definition(type).rights(unitPayload)).toEqual({ permission: 'reporting:write', units: ['xa-ta-van'] });
  });

  it.each(['ReturnReport', 'ApproveReport', 'ReopenReport'])('%s needs write rights over the approving unit (the record kind report-approval)', (type) => {
    const payload = { reportId: 'xa-ta-van:yearly:Y2026' };
    expect(definition(type).streamId(payload)).toBe('report-xa-ta-van:yearly:Y2026');
    expect(definition(type).rights(payload)).toEqual({
      permission: 'reporting:write',
      units: [],
      record: { kind: 'report-approval', id: 'xa-ta-van:yearly:Y2026' },
    });
  });

  it('excuses on the report stream with the rights of the approving unit, naming the unit (it must exist)', () => {
    expect(definition('ExcuseReport').streamId(unitPayload)).toBe('report-xa-ta-van:yearly:Y2026');
    expect(definition('ExcuseReport').rights(unitPayload)).toEqual({
      permission: 'reporting:write',
      units: ['xa-ta-van'],
      record: { kind: 'report-approval', id: 'xa-ta-van:yearly:Y2026' },
    });
  });

  it('checks only the shape of a command: unknown keys, kinds and awards are the decider’s to refuse', () => {
    const payload = {
      ...unitPayload,
      sections: [{ key: 'nope', narrative: '' }],
      commendations: [{ proposalId: 'p', subjectKind: 'alien', subjectId: 's', award: 'medal', reason: '' }],
    };
    expect(checkMessage(definition('SaveReportDraft').payload, payload)).toEqual([]);
    const problems = checkMessage(definition('SaveReportDraft').payload, { ...payload, sections: [{ key: 'results' }], commendations: [{}] });
    expect(problems.map((problem) => problem.field)).toEqual([
      'sections.0.narrative',
      'commendations.0.proposalId',
      'commendations.0.subjectKind',
      'commendations.0.subjectId',
      'commendations.0.award',
      'commendations.0.reason',
    ]);
    expect(checkMessage(definition('ApproveReport').payload, { reportId: 'r' })).toEqual([]);
    expect(checkMessage(definition('ReturnReport').payload, { reportId: 'r' }).map((problem) => problem.field)).toEqual(['comment']);
  });

  it('lists each event type and each error code once', () => {
    const types = reportEventTypes.map((eventDefinition) => eventDefinition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(REPORT_ERROR_CODES).size).toBe(REPORT_ERROR_CODES.length);
    expect(REPORT_ERROR_CODES.filter((code) => !/^REPORT\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});

describe('report events', () => {
  const submittedType = reportEventTypes.find((eventDefinition) => eventDefinition.type === 'ReportSubmitted')!;

  it('take a whole submission: figures, the children it rests on, the deadline and whether it was met', () => {
    expect(checkMessage(submittedType.data, submitted)).toEqual([]);
  });

  it('refuse a submission number below 1, a child neither approved nor excused, and a deadline that is not a date', () => {
    const problems = checkMessage(submittedType.data, {
      ...submitted,
      submission: 0,
      children: [{ unitId: 'thon-1', status: 'submitted' }],
      dueOn: '10/07/2026',
      onTime: 'yes',
    });
    expect(problems.map((problem) => problem.field)).toEqual(['submission', 'children.0.status', 'dueOn', 'onTime']);
  });
});
