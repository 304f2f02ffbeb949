import type { CapturedMessage } from '../projection/captured-message';
import {
  deadLetterHeaders,
  deadLetterTopicOf,
  formatDeadLetter,
  isRedrivenForAnother,
  redriveHeaders,
  summaryOf,
} from './dead-letter-format';

describe('dead letters', () => {
  const message: CapturedMessage = {
    topic: 'registry.events',
    partition: 2,
    offset: '41',
    key: 'volunteer-7',
    value: '{"data":{"fullName":{"ciphertext":"..."}}}',
    headers: { 'event-type': 'VolunteerRegistered', 'stream-version': '3', 'x-dlq-error': 'stale' },
  };
  const failedAt = new Date('2026-11-22T10:00:00.000Z');
  const headers = deadLetterHeaders(message, new Error('cannot reveal VolunteerRegistered: bad tag'), 'directory', failedAt);

  it('go to a topic of their own per consumer group', () => {
    expect(deadLetterTopicOf('registry.directory')).toBe('registry.directory.dlq');
  });

  it('record where the message came from, why it failed, who refused it and when', () => {
    expect(headers).toEqual({
      'event-type': 'VolunteerRegistered',
      'stream-version': '3',
      'x-dlq-original-topic': 'registry.events',
      'x-dlq-original-partition': '2',
      'x-dlq-original-offset': '41',
      'x-dlq-error': 'cannot reveal VolunteerRegistered: bad tag',
      'x-dlq-projector': 'directory',
      'x-dlq-failed-at': '2026-11-22T10:00:00.000Z',
    });
  });

  it('are listed without the event data', () => {
    const summary = summaryOf(0, '5', message.key, headers);
    expect(summary).toEqual({
      partition: 0,
      offset: '5',
      originalTopic: 'registry.events',
      originalPartition: 2,
      originalOffset: '41',
      eventType: 'VolunteerRegistered',
      streamId: 'volunteer-7',
      streamVersion: '3',
      projector: 'directory',
      error: 'cannot reveal VolunteerRegistered: bad tag',
      failedAt: '2026-11-22T10:00:00.000Z',
    });
    const line = formatDeadLetter(summary);
    expect(line).toBe(
      'offset 0:5  VolunteerRegistered  volunteer-7@3  from registry.events[2]@41  failed 2026-11-22T10:00:00.000Z  cannot reveal VolunteerRegistered: bad tag',
    );
    expect(line).not.toContain('ciphertext');
  });

  it('show "?" for what an unreadable message did not say', () => {
    expect(summaryOf(0, '6', null, {})).toMatchObject({ eventType: '?', streamId: '?', streamVersion: '?', originalPartition: -1 });
  });

  it('are re-driven with their original headers and a pointer back to the dead letter', () => {
    expect(redriveHeaders('registry.directory.dlq', 0, '5', headers)).toEqual({
      'event-type': 'VolunteerRegistered',
      'stream-version': '3',
      'x-redriven-from-dlq': 'registry.directory.dlq:0:5',
    });
  });

  it('when re-driven, are meant only for the projector that dead-lettered them', () => {
    const redriven = { 'x-redriven-from-dlq': 'registry.directory.dlq:0:5' };
    expect(isRedrivenForAnother(redriven, 'registry.directory.dlq')).toBe(false);
    expect(isRedrivenForAnother(redriven, 'registry.directory-v2.dlq')).toBe(true);
    expect(isRedrivenForAnother(redriven, undefined)).toBe(true);
    expect(isRedrivenForAnother({}, 'registry.directory.dlq')).toBe(false);
  });
});
