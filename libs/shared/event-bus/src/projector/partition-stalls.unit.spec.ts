import { MalformedEventMessageError } from '../event-message';
import { PoisonEventError } from './apply-event';
import { PartitionStalls } from './partition-stalls';
import { deadLetterReason } from './store-errors';

describe('counting failed attempts on a partition', () => {
  it('counts the whole-batch failure at the batch start toward the message the retry pins', () => {
    const stalls = new PartitionStalls(3);
    expect(stalls.failed('t', 0, '10', 'Error', false)).toMatchObject({ offset: '10', attempts: 1, stuck: false });
    // One by one, 10 and 11 went through; 12 fails: the batch failed on 12 too.
    expect(stalls.failed('t', 0, '12', 'Error', true)).toMatchObject({ offset: '12', attempts: 2, stuck: false });
    expect(stalls.failed('t', 0, '12', 'Error', true)).toMatchObject({ offset: '12', attempts: 3, stuck: true });
  });

  it('is stuck after exactly stuckAfterAttempts failures when the batch starts at the failing message', () => {
    const stalls = new PartitionStalls(2);
    expect(stalls.failed('t', 0, '5', 'Error', false).stuck).toBe(false);
    expect(stalls.failed('t', 0, '5', 'Error', true)).toMatchObject({ attempts: 2, stuck: true });
  });

  it('starts again when a pinned failure moves to another message, and forgets a partition that advanced', () => {
    const stalls = new PartitionStalls(3);
    stalls.failed('t', 0, '10', 'Error', false);
    stalls.failed('t', 0, '12', 'Error', true);
    expect(stalls.failed('t', 0, '14', 'Error', true)).toMatchObject({ offset: '14', attempts: 1 });
    expect(stalls.advanced('t', 0)?.offset).toBe('14');
    expect(stalls.failed('t', 0, '20', 'Error', true).attempts).toBe(1);
    expect(stalls.isFailing('t', 1)).toBe(false);
  });
});

describe('the reason a dead letter gives', () => {
  it('names the projection, the event type and the classes, never a message that quotes data', () => {
    const cause = Object.assign(new Error('key "0912345678" not allowed'), { name: 'MongoServerError', code: 2 });
    const reason = deadLetterReason(
      new PoisonEventError(`directory cannot apply VolunteerRegistered: ${cause.message}`, cause, {
        projection: 'directory',
        eventType: 'VolunteerRegistered',
      }),
    );
    expect(reason).toBe('PoisonEventError in directory for VolunteerRegistered caused by MongoServerError (code 2)');
    expect(reason).not.toContain('0912345678');
  });

  it('keeps the fixed text of a malformed message and only the class of anything else', () => {
    expect(deadLetterReason(new MalformedEventMessageError('value is not JSON'))).toBe('malformed event message: value is not JSON');
    expect(deadLetterReason(new Error('Nguyễn Văn A'))).toBe('Error');
  });
});
