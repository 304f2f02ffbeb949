/** Whether the registry has ended this session of this account (as far as its events have arrived here). */
export type SessionEndedLookup = (accountId: string, sessionId: string) => Promise<boolean>;

/**
 * The sessions the registry has ended, read from this service's projection of its account
 * events. An ended session stays ended, so what was found is remembered and only "still live"
 * answers are asked again (one read by id per command).
 */
export class EndedSessions {
  private readonly ended = new Set<string>();
  private lookup?: SessionEndedLookup;

  /** The lookup arrives once Nest has connected to MongoDB. */
  attach(lookup: SessionEndedLookup): void {
    this.lookup = lookup;
  }

  async isEnded(accountId: string, sessionId: string): Promise<boolean> {
    const key = `${accountId}:${sessionId}`;
    if (this.ended.has(key)) return true;
    if (!this.lookup) throw new Error('EndedSessions used before its lookup was attached');
    if (!(await this.lookup(accountId, sessionId))) return false;
    this.ended.add(key);
    return true;
  }
}
