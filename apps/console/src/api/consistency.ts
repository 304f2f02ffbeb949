/**
 * Read-your-writes: a mutation's consistencyToken, sent back in the `tn-consistency-token`
 * header, makes the next queries wait until the gateway's read models show that write.
 */
let latest: string | null = null;

export function rememberWrite(result: { consistencyToken?: string | null } | null | undefined): void {
  if (result?.consistencyToken) latest = result.consistencyToken;
}

export function latestWrite(): string | null {
  return latest;
}

export function forgetWrites(): void {
  latest = null;
}
