import { Logger } from '@nestjs/common';
import { DomainError } from '@tn/shared-decider';
import type { EventEnvelope, EventMetadata } from '@tn/shared-event-contracts';
import type { RouteRunner } from '@tn/shared-event-sourcing-nest';
import type { CourseCompleted } from '@tn/training-contracts';
import type { TrainingLookups } from '../lookups';
import { definedKindsOf, kindsNamingCurriculum } from '../qualification-facts';
import { type CourseOutcome, learnerOutcomes, trainerOutcomes } from './course-outcomes';

/** Who the completion reactor's commands are recorded as: the service itself, reacting to an event. */
export const COMPLETION_REACTOR_ACTOR = { kind: 'system', id: 'training-completions' } as const;

/** What one completion came to: commands that stored events, found nothing new to store, or were refused. */
export interface CompletionTally {
  stored: number;
  unchanged: number;
  refused: number;
}

/**
 * Turns a CourseCompleted into its trainees' commands (ADR 0018 §4): for each learner who passed,
 * RecordCourseCompletion per kind the course's curriculum grants or renews; for each trainer,
 * RecordCourseLed per kind whose leading renews it that they hold. The decider of each trainee
 * stream decides (a course recorded before decides nothing). A command refused for a business
 * reason is logged (ids and code only) and skipped; anything else (the store unreachable, a
 * stream that kept changing) is thrown, so the event is handled again.
 */
export class CourseCompletionHandler {
  private readonly logger = new Logger('CourseCompletions');

  constructor(
    private readonly lookups: TrainingLookups,
    private readonly runner: Pick<RouteRunner, 'run'>,
  ) {}

  async handle(event: EventEnvelope): Promise<CompletionTally> {
    const tally: CompletionTally = { stored: 0, unchanged: 0, refused: 0 };
    if (event.type !== 'CourseCompleted') return tally;
    const completed = event.data as unknown as CourseCompleted;
    const metadata: EventMetadata = {
      actor: COMPLETION_REACTOR_ACTOR,
      correlationId: event.correlationId,
      causationId: event.eventId,
      occurredAt: event.occurredAt,
    };
    for (const outcome of await this.outcomesOf(completed)) {
      try {
        const result = await this.runner.run(outcome, metadata);
        if (result.events.length > 0 && !result.duplicate) tally.stored++;
        else tally.unchanged++;
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind === 'concurrency') throw error;
        tally.refused++;
        this.refused(outcome, error);
      }
    }
    return tally;
  }

  private async outcomesOf(completed: CourseCompleted): Promise<CourseOutcome[]> {
    const curriculumKinds = await kindsNamingCurriculum(this.lookups, completed.curriculumId);
    const trainerKindIds = (await this.lookups.qualificationKinds())
      .filter((entry) => entry.isTrainerQualification && entry.leadingRenews)
      .map((entry) => entry.kindId);
    const renewedByLeading = (await definedKindsOf(this.lookups, trainerKindIds)).filter((kind) => kind.isTrainerQualification && kind.leadingRenews);
    const trainers =
      renewedByLeading.length === 0
        ? []
        : await Promise.all(completed.trainerIds.map(async (personId) => ({ personId, records: (await this.lookups.traineeOf(personId)).records })));
    return [
      ...learnerOutcomes(
        completed,
        curriculumKinds.map((kind) => kind.kindId),
      ),
      ...trainerOutcomes(
        completed,
        trainers,
        renewedByLeading.map((kind) => kind.kindId),
      ),
    ];
  }

  /** Ids and the code only: the message may quote what the command said. */
  private refused(outcome: CourseOutcome, error: DomainError): void {
    const { courseId, kindId } = outcome.payload;
    this.logger.warn({ msg: 'course outcome refused', type: outcome.type, commandId: outcome.commandId, courseId, kindId, code: error.code });
  }
}
