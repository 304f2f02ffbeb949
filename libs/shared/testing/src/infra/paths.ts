import { existsSync } from 'node:fs';
import path from 'node:path';

/** The workspace root: the nearest folder above this file holding nx.json. */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('could not find the workspace root (nx.json) above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** Where deploy/local keeps server state; the same default as deploy/local/lib.sh. */
export const localRunDir = () => process.env['TN_RUN_DIR'] ?? path.join(workspaceRoot(), '.run', 'local');
