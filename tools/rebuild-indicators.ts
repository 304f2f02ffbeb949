/**
 * Rebuilds the gateway's indicator facts from the events (ADR 0021, issue 16): every read model of
 * the reporting slice is replayed from the registry's, campaigns', training's, network's and
 * reporting's topics into a new collection while the current one serves, then swapped in; the
 * running gateways' projector and readers follow the swap. Safe to run beside a running platform.
 *
 *   KAFKA_BROKERS=127.0.0.1:9092 MONGO_URL=mongodb://127.0.0.1:27017/ npm run rebuild:indicators
 *
 * MONGO_DATABASE is the gateway's database (tn_gateway unless set); KAFKA_TOPIC_PREFIX, as the
 * services take it, when the platform runs on prefixed topics; REBUILD_CONCURRENCY, how many read
 * models replay at once (all unless set). Prints a progress bar per read model and a summary
 * (events replayed, events/s). Output names read models and counts only, never event data.
 */
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { type IndicatorRebuildProgress, rebuildIndicatorFacts } from '@tn/gateway-reporting';
import { progressBar } from '@tn/shared-event-bus';

class UsageError extends Error {}

function env(name: string, fallback?: string): string {
  const value = process.env[name]?.trim() || fallback;
  if (value === undefined) throw new UsageError(`${name} is not set`);
  return value;
}

/**
 * A bar per read model: redrawn in place on a terminal (the read models replay at once), else (a
 * CI log) one line per read model and tenth.
 */
function progressPrinter(): { show: (progress: IndicatorRebuildProgress) => void; end: () => void } {
  const tty = process.stdout.isTTY;
  const latest = new Map<string, IndicatorRebuildProgress>();
  const tenths = new Map<string, number>();
  let drawnLines = 0;
  let drawnAt = 0;
  const line = (p: IndicatorRebuildProgress) => `${String(p.index).padStart(2)}/${p.of} ${p.readModel.padEnd(40)} ${progressBar(p.done, p.total)}`;
  const redraw = () => {
    const lines = [...latest.values()].sort((a, b) => a.index - b.index).map(line);
    process.stdout.write(`${drawnLines > 0 ? `\x1b[${drawnLines}A` : ''}${lines.map((text) => `\x1b[2K${text}\n`).join('')}`);
    [drawnLines, drawnAt] = [lines.length, Date.now()];
  };
  return {
    show(progress) {
      latest.set(progress.readModel, progress);
      if (tty) {
        if (Date.now() - drawnAt >= 100 || progress.done >= progress.total) redraw();
        return;
      }
      const tenth = progress.total === 0 ? 10 : Math.floor((Math.min(progress.done, progress.total) / progress.total) * 10);
      if (tenth > (tenths.get(progress.readModel) ?? -1)) {
        tenths.set(progress.readModel, tenth);
        process.stdout.write(`${line(progress)}\n`);
      }
    },
    end() {
      if (tty && latest.size > 0) redraw();
    },
  };
}

async function main(): Promise<number> {
  const brokers = env('KAFKA_BROKERS')
    .split(',')
    .map((broker) => broker.trim());
  const mongoUrl = env('MONGO_URL');
  const database = env('MONGO_DATABASE', 'tn_gateway');
  const topicPrefix = process.env['KAFKA_TOPIC_PREFIX'] ?? '';
  const concurrency = Number(process.env['REBUILD_CONCURRENCY']);
  if (process.env['REBUILD_CONCURRENCY'] !== undefined && !(Number.isInteger(concurrency) && concurrency > 0))
    throw new UsageError('REBUILD_CONCURRENCY must be a positive whole number');
  const kafka = new Kafka({ clientId: 'rebuild-indicators', brokers, logLevel: logLevel.ERROR });
  const connection = await mongoose.createConnection(mongoUrl, { dbName: database }).asPromise();
  const printer = progressPrinter();
  try {
    const result = await rebuildIndicatorFacts({
      kafka,
      connection,
      topicPrefix,
      ...(Number.isInteger(concurrency) ? { concurrency } : {}),
      onProgress: (progress) => printer.show(progress),
    });
    printer.end();
    for (const rebuilt of result.readModels) {
      const refused = rebuilt.indexesRefused.length > 0 ? `; indexes refused: ${rebuilt.indexesRefused.join(', ')}` : '';
      const poison = rebuilt.skippedPoison > 0 ? `, ${rebuilt.skippedPoison} unreadable skipped` : '';
      process.stdout.write(
        `${rebuilt.readModel}: ${rebuilt.events} events${poison} in ${(rebuilt.ms / 1000).toFixed(1)} s, now ${rebuilt.collection}${refused}\n`,
      );
    }
    process.stdout.write(
      `rebuilt ${result.readModels.length} read models: ${result.events} events replayed in ${(result.ms / 1000).toFixed(1)} s, ${result.eventsPerSecond} events/s\n`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`rebuild-indicators: ${error.message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
