import { homeUnitOn, personRowIdOf, type RegistryPersonRow } from './registry-people.projection';

/** Reads one person's row of the projection (undefined when the registry has not told us of them). */
export type PersonRowReader = (rowId: string) => Promise<RegistryPersonRow | undefined>;

/**
 * The registry's people as a service knows them, from its projection of the registry's events
 * (RegistryFeedModule): where a volunteer belongs and where a cadre holds positions. It follows the
 * registry a moment behind, like the local hierarchy (the authoriser waits for both to catch up
 * before it refuses).
 */
export class LocalPeople {
  private read?: PersonRowReader;

  /** The reader arrives once Nest has connected to MongoDB. */
  attach(read: PersonRowReader): void {
    this.read = read;
  }

  /**
   * A volunteer's home unit on a date (the command's Vietnam date): a move recorded for later is
   * not in effect yet. Undefined for a volunteer the registry has not registered.
   */
  async homeUnitOf(volunteerId: string, date: string): Promise<string | undefined> {
    const row = await this.requireReader()(personRowIdOf('volunteer', volunteerId));
    return row ? homeUnitOn(row, date) : undefined;
  }

  /** The units of a cadre's open positions; empty for an unknown cadre or one without a position. */
  async positionUnitsOf(cadreId: string): Promise<string[]> {
    const row = await this.requireReader()(personRowIdOf('cadre', cadreId));
    return [...new Set(Object.values(row?.positions ?? {}).filter((unit) => unit.length > 0))];
  }

  private requireReader(): PersonRowReader {
    if (!this.read) throw new Error('LocalPeople used before its reader was attached');
    return this.read;
  }
}
