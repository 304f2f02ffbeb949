/** Jest global teardown: release what the global setup acquired. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__tnInfra?.release();
  globalThis.__tnInfra = undefined;
}
