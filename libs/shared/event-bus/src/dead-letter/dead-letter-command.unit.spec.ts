import { parseDeadLetterArgs } from './dead-letter-command';

describe('dead-letter command line', () => {
  it('lists the dead letters of a group', () => {
    expect(parseDeadLetterArgs(['list', '--group', 'registry.directory', '--brokers', 'k1:9092,k2:9092'], {})).toEqual({
      action: 'list',
      groupId: 'registry.directory',
      brokers: ['k1:9092', 'k2:9092'],
    });
  });

  it('re-drives all, or only the given offsets', () => {
    expect(parseDeadLetterArgs(['redrive', '--group', 'g'], {})).toMatchObject({ action: 'redrive', groupId: 'g' });
    expect(parseDeadLetterArgs(['redrive', '--group', 'g', '--offset', '3', '--offset', '7'], {})).toMatchObject({ offsets: ['3', '7'] });
  });

  it('takes brokers from KAFKA_BROKERS, then the local broker', () => {
    expect(parseDeadLetterArgs(['list', '--group', 'g'], { KAFKA_BROKERS: 'kafka:9092' })).toMatchObject({ brokers: ['kafka:9092'] });
    expect(parseDeadLetterArgs(['list', '--group', 'g'], {})).toMatchObject({ brokers: ['127.0.0.1:9092'] });
  });

  it('says what is wrong with a bad command line', () => {
    expect(parseDeadLetterArgs([], {})).toEqual({ problem: 'unknown command ""' });
    expect(parseDeadLetterArgs(['list'], {})).toEqual({ problem: '--group is required' });
    expect(parseDeadLetterArgs(['list', '--group'], {})).toEqual({ problem: '--group needs a value' });
    expect(parseDeadLetterArgs(['redrive', '--group', 'g', '--offset', 'x'], {})).toEqual({ problem: '--offset must be a whole number' });
    expect(parseDeadLetterArgs(['list', '--group', 'g', '--offset', '1'], {})).toEqual({ problem: '--offset only applies to redrive' });
    expect(parseDeadLetterArgs(['list', '--topic', 't'], {})).toEqual({ problem: 'unknown option "--topic"' });
  });
});
