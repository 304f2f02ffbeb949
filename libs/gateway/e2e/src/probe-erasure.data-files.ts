import { existsSync, readFileSync, statSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Where the local servers keep their data, by deploy/local's conventions (lib.sh): the run
 * folder is TN_RUN_DIR, else `.run/local` in the repository; FerretDB's SQLite files (and
 * PostgreSQL's, on that backend) and Kafka's `log.dirs` (from the server.properties up.sh wrote).
 */
export function localDataDirectories(): { database: string[]; kafka: string[] } {
  const repositoryRoot = resolve(__dirname, '../../../..');
  const runDir = process.env['TN_RUN_DIR'] ?? join(repositoryRoot, '.run', 'local');
  // PostgreSQL's data may live outside the run folder (as root, where its user can reach it): up.sh writes where.
  const postgresDataFile = join(runDir, 'postgres', 'data-dir');
  const postgresData = existsSync(postgresDataFile) ? readFileSync(postgresDataFile, 'utf8').trim() : join(runDir, 'postgres', 'data');
  const database = [join(runDir, 'ferretdb', 'data'), postgresData].filter((dir) => existsSync(dir));
  const properties = join(runDir, 'kafka', 'server.properties');
  const logDirs = existsSync(properties)
    ? (/^log\.dirs=(.*)$/m.exec(readFileSync(properties, 'utf8'))?.[1] ?? '')
        .split(',')
        .map((dir) => dir.trim())
        .filter(Boolean)
    : [join(runDir, 'kafka', 'data')];
  return { database, kafka: logDirs.filter((dir) => existsSync(dir)) };
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

const CHUNK = 8 * 1024 * 1024;

/** Whether the file holds any of the markers (read in chunks that overlap by the longest marker). */
async function markersIn(path: string, markers: Buffer[]): Promise<string[]> {
  const overlap = Math.max(...markers.map((marker) => marker.length));
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return []; // removed meanwhile (a segment deleted, a database dropped)
  const found = new Set<string>();
  try {
    const buffer = Buffer.alloc(CHUNK + overlap);
    let carried = 0;
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(buffer, carried, CHUNK, position);
      if (bytesRead === 0) break;
      const window = buffer.subarray(0, carried + bytesRead);
      for (const marker of markers) if (window.includes(marker)) found.add(marker.toString('utf8'));
      position += bytesRead;
      carried = Math.min(overlap, window.length);
      window.copy(buffer, 0, window.length - carried);
    }
  } finally {
    await handle.close();
  }
  return [...found];
}

/** Every file under the directories that holds a marker, with what it holds. */
export async function filesContaining(directories: string[], markers: string[]) {
  const needles = markers.map((marker) => Buffer.from(marker, 'utf8'));
  const hits: { file: string; markers: string[] }[] = [];
  let scannedFiles = 0;
  let scannedKafkaSegments = 0;
  for (const dir of directories) {
    for await (const file of filesUnder(dir)) {
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
      scannedFiles++;
      if (file.endsWith('.log')) scannedKafkaSegments++;
      const found = await markersIn(file, needles);
      if (found.length > 0) hits.push({ file, markers: found });
    }
  }
  return { hits, scannedFiles, scannedKafkaSegments };
}
