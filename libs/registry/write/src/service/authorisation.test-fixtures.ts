import {
  type AccountEvent,
  accountDecider,
  type AccountState,
  type HierarchyCommand,
  hierarchyDecider,
  type HierarchyEvent,
  HIERARCHY_STREAM_ID,
} from '@tn/registry-domain';
import type { MongoEventStore } from '@tn/shared-event-store';
import { HierarchyView } from './hierarchy-view';

// Test fixtures for the authoriser and the hierarchy view (no database): the hierarchy is
// decided from commands, and the view reads it from a store that only knows that stream.

const flags = { ethnicMinority: false, mountainous: false, border: false, island: false };
export const profile = (nameVi: string) => ({ nameVi, organisation: 'union' as const, levelLabel: 'Đoàn', flags });

export const createUnit = (unitId: string, parentId: string | null, effectiveFrom = '2025-01-01'): HierarchyCommand => ({
  type: 'CreateUnit',
  unitId,
  parentId,
  ...profile(unitId),
  effectiveFrom,
});

/** The hierarchy events the commands decide, in order (each decided on the state the earlier ones made). */
export function hierarchyEvents(commands: HierarchyCommand[]): HierarchyEvent[] {
  const events: HierarchyEvent[] = [];
  let state = hierarchyDecider.initialState();
  for (const command of commands) {
    for (const event of hierarchyDecider.decide(command, state)) {
      events.push(event);
      state = hierarchyDecider.evolve(state, event);
    }
  }
  return events;
}

/** A view caught up with the hierarchy the commands make. */
export async function viewOf(commands: HierarchyCommand[]): Promise<HierarchyView> {
  const events = hierarchyEvents(commands);
  const store = {
    readStream: async (streamId: string, fromVersion = 0) => {
      if (streamId !== HIERARCHY_STREAM_ID) throw new Error(`unexpected stream ${streamId}`);
      return { events: events.slice(fromVersion).map((event) => ({ type: event.type, data: event.data })), version: events.length, subjects: [] };
    },
  } as unknown as MongoEventStore;
  const view = new HierarchyView();
  view.attach(store);
  await view.refresh();
  return view;
}

export const accountFrom = (events: AccountEvent[]): AccountState => events.reduce(accountDecider.evolve, accountDecider.initialState());
