import { attendanceStreamId } from '@tn/campaigns-domain';
import { attendanceRoutes } from './attendance-routes';
import { envelopeOf, failureOf, routeOf } from './routes.test-fixtures';

const routes = attendanceRoutes();
const route = (type: string) => routeOf(routes, type);
const record = { recordId: 'r-1', volunteerId: 'v-1', kind: 'check-in', at: '2026-07-01T07:02:00+07:00', method: 'team-leader' };

describe('attendance routes', () => {
  it('routes an upload to its shift attendance stream', () => {
    expect(route('RecordAttendance').streamIdOf(envelopeOf('RecordAttendance', { shiftId: 's-1' }))).toBe(attendanceStreamId('s-1'));
  });

  it('records the actor as the recorder, never a payload field, and names a malformed record by its index', async () => {
    const payload = { shiftId: 's-1', records: [record], recordedBy: 'someone-else', uploadedAt: '2026-07-01T12:00:00+07:00' };
    expect(await route('RecordAttendance').toCommand(envelopeOf('RecordAttendance', payload, 'leader-1'))).toEqual({
      type: 'RecordAttendance',
      shiftId: 's-1',
      records: [record],
      recordedBy: 'leader-1',
      uploadedAt: '2026-07-01T12:00:00+07:00',
    });
    const { at: _at, ...noTime } = record;
    expect(await failureOf(() => route('RecordAttendance').toCommand(envelopeOf('RecordAttendance', { ...payload, records: [record, noTime] })))).toMatchObject({
      field: 'records.1.at',
    });
  });
});
