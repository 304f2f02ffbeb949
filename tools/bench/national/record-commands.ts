/**
 * Preloaded into the gateway by the national benchmark (`node -r`): while recording is on, every
 * command the process sends to MongoDB is written to BENCH_COMMAND_LOG (one JSON line per
 * started, succeeded or failed command), so the benchmark can replay a query's reads with the
 * plain driver, in the same order and concurrency. Recording is on while the file
 * `<BENCH_COMMAND_LOG>.on` exists (a signal would not do: Nest shuts down on SIGUSR2); each
 * switch is acknowledged in the log. Nothing else in the process changes.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { BSON, MongoClient } from 'mongodb';

const log = process.env['BENCH_COMMAND_LOG'];
if (log) {
  let recording = false;
  // Extended JSON keeps what plain JSON would lose (regular expressions, dates, 64-bit numbers).
  const write = (line: object) => appendFileSync(log, `${BSON.EJSON.stringify(line, { relaxed: true })}\n`);
  setInterval(() => {
    if (existsSync(`${log}.on`) === recording) return;
    recording = !recording;
    write({ recording });
  }, 10).unref();
  const connect = MongoClient.prototype.connect;
  MongoClient.prototype.connect = function (this: MongoClient) {
    this.options.monitorCommands = true;
    this.on('commandStarted', (event) => {
      if (recording) write({ at: performance.now(), started: event.requestId, database: event.databaseName, name: event.commandName, command: event.command });
    });
    this.on('commandSucceeded', (event) => {
      if (recording) write({ at: performance.now(), succeeded: event.requestId, ms: event.duration });
    });
    this.on('commandFailed', (event) => {
      if (recording) write({ at: performance.now(), failed: event.requestId, ms: event.duration });
    });
    return connect.call(this);
  } as typeof connect;
}
