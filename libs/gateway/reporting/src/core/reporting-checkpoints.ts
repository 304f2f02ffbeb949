import { Injectable } from '@nestjs/common';
import { ProjectionCheckpoints } from '@tn/gateway-core';

/**
 * How far the indicator facts have got, per stream. Apart from the core's checkpoints: the facts
 * follow every context's topic, and recording there would let a token pass before a context's own
 * read models show the write (ADR 0021). The reporting resolvers wait on these.
 */
@Injectable()
export class ReportingCheckpoints extends ProjectionCheckpoints {
  protected override readonly collectionName = 'gw_reporting_checkpoints';
}
