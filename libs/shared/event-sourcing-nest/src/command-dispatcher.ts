import { Logger } from '@nestjs/common';
import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope, CommandReply, DomainEvent } from '@tn/shared-event-contracts';
import { CommandHandler, type MongoEventStore, type SnapshotStore } from '@tn/shared-event-store';
import { describeError } from '@tn/shared-event-bus';
import { DEADLINE_CLOCK_SKEW_TOLERANCE_MS, DEADLINE_EXCEEDED, deadlineCheckOf } from './command-deadline';
import { envelopeInputProblem } from './command-input-check';
import { type CommandRoute, payloadOf } from './command-route';

/** How the dispatcher treats command deadlines (see CommandEnvelope.deadline). */
export interface DeadlineOptions {
  now?: () => Date;
  /** Allowance for clock skew between sender and service (default 2 s). */
  toleranceMs?: number;
  /** Told of each command dropped past its deadline (the service counts them). */
  onExpired?: (envelope: CommandEnvelope) => void;
}

/** Routes each incoming command to the generic handler of its decider and shapes the reply. */
export class CommandDispatcher {
  private readonly logger = new Logger(CommandDispatcher.name);
  private readonly routes = new Map<string, { route: CommandRoute; handler: CommandHandler<unknown, DomainEvent, unknown> }>();

  constructor(
    store: MongoEventStore,
    snapshots: SnapshotStore,
    routes: readonly CommandRoute[],
    private readonly authorise: (envelope: CommandEnvelope, rights: unknown) => Promise<void> = async () => undefined,
    private readonly deadlines: DeadlineOptions = {},
  ) {
    // Routes that keep their stream warm share one handler per decider, so the state is kept once.
    const warmHandlers = new Map<unknown, CommandHandler<unknown, DomainEvent, unknown>>();
    for (const route of routes) {
      const { type } = route.definition;
      if (this.routes.has(type)) throw new Error(`command type ${type} routed twice`);
      const handler =
        (route.keepWarm ? warmHandlers.get(route.decider) : undefined) ??
        new CommandHandler(store, {
          decider: route.decider,
          streamType: route.streamType,
          ...(route.snapshot ? { snapshot: { ...route.snapshot, store: snapshots } } : {}),
          ...(route.keepWarm ? { keepWarm: { maxStreams: 16 } } : {}),
          // The error's class and code only: a driver's message may quote the state (personal data).
          onSnapshotError: (error, streamId) => this.logger.warn(`snapshot of ${route.streamType} stream ${streamId} not saved: ${describeError(error)}`),
        });
      if (route.keepWarm) warmHandlers.set(route.decider, handler);
      this.routes.set(type, { route, handler });
    }
  }

  async dispatch(envelope: CommandEnvelope): Promise<CommandReply> {
    const entry = this.routes.get(envelope?.type);
    if (!entry) {
      return failure('validation', 'COMMAND.UNKNOWN_TYPE', `unknown command type "${String(envelope?.type)}"`, 'type');
    }
    // First of all: a command whose sender gave up is not worth checking, authorising or deciding.
    const deadline = deadlineCheckOf(envelope, this.deadlines.now?.() ?? new Date(), this.deadlines.toleranceMs ?? DEADLINE_CLOCK_SKEW_TOLERANCE_MS);
    if (deadline === 'invalid') return failure('validation', 'DATE.INVALID', 'deadline is not acceptable (DATE.INVALID)', 'deadline');
    if (deadline === 'expired') {
      this.deadlines.onExpired?.(envelope);
      this.logger.warn(`command ${envelope.type} (${envelope.commandId}) dropped: past its deadline ${String(envelope.deadline)}`);
      return failure(DEADLINE_EXCEEDED.kind, DEADLINE_EXCEEDED.code, DEADLINE_EXCEEDED.message);
    }
    const problem = envelopeInputProblem(envelope);
    if (problem) return failure('validation', problem.code, `${problem.field} is not acceptable (${problem.code})`, problem.field, problem.details);
    try {
      const payload = payloadOf(entry.route.definition, envelope.payload);
      // The service checks the actor's rights itself, whatever the gateway already checked.
      // The authoriser sees the checked payload only: a field the command does not declare (a
      // date, say) cannot steer its checks.
      await this.authorise({ ...envelope, payload: payload as Record<string, unknown> }, entry.route.definition.rights(payload));
      const streamId = entry.route.definition.streamId(payload);
      const result = await entry.handler.handle({
        streamId,
        command: await entry.route.toCommand(payload, envelope),
        commandId: envelope.commandId,
        metadata: {
          actor: envelope.actor,
          correlationId: envelope.correlationId,
          causationId: envelope.commandId,
          occurredAt: envelope.issuedAt,
          ...(envelope.unitScope ? { unitScope: envelope.unitScope } : {}),
        },
      });
      return {
        ok: true,
        streamId: result.streamId,
        version: result.version,
        position: result.position,
        eventTypes: result.events.map((event) => event.type),
        duplicate: result.duplicate,
      };
    } catch (error) {
      if (error instanceof DomainError) {
        return failure(error.kind, error.code, error.message, error.field, error.details as Record<string, unknown>);
      }
      // Unexpected: log the type and ids only (payloads can hold personal data).
      this.logger.error(`command ${envelope.type} (${envelope.commandId}) failed: ${(error as Error).message}`);
      return failure('internal', 'COMMAND.FAILED', 'the command could not be processed; it may be retried with the same id');
    }
  }
}

function failure(
  kind: Extract<CommandReply, { ok: false }>['error']['kind'],
  code: string,
  message: string,
  field?: string,
  details?: Record<string, unknown>,
): CommandReply {
  const hasDetails = details !== undefined && Object.keys(details).length > 0;
  return { ok: false, error: { kind, code, message, ...(field ? { field } : {}), ...(hasDetails ? { details } : {}) } };
}
