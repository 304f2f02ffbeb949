/**
 * The chaos suite's mutations and how their effects are counted through GraphQL. Two kinds, so
 * both write services carry load:
 * - unit (registry): createUnit under the round's own parent unit, named "<marker> #<seq>";
 *   counted with units(parentId);
 * - activity (campaigns): proposeActivity in the demo's summer campaign of Y Tý, named the same
 *   way and proposed on the round's own date; counted with activities(campaignId, from, to).
 * Names carry no personal data: a run id, the round and the load's sequence number. New ids are
 * left to the gateway, so they follow the Idempotency-Key (a retry targets the same entity).
 */
import { campaignDemoCommands } from '../demo/demo-campaigns';
import { LAO_CAI, XA_Y_TY } from '../demo/demo-dataset';
import { attempt, type GqlResponse, type LoadTarget, type MutationSpec, postGraphql } from '../load';

export type Kind = 'unit' | 'activity';
export const KINDS: readonly Kind[] = ['unit', 'activity'];

export interface Round {
  /** e.g. "registry-r1": part of the names and of the parent unit's id. */
  tag: string;
  parentUnitId: string;
  /** The date its activities are proposed on (one per round, so a round's list is short). */
  proposedOn: string;
  marker: string;
}

/** The demo's summer campaign run by Y Tý and the profile of its demo activity (tools/demo). */
function demoActivityProfile() {
  const commands = campaignDemoCommands();
  const opened = commands.find((command) => command.type === 'OpenLocalCampaign' && command.payload['organiserUnitId'] === XA_Y_TY);
  const campaignId = opened?.payload['campaignId'] as string | undefined;
  const proposal = commands.find(
    (command) => command.type === 'ProposeActivity' && (command.payload['profile'] as { campaignId?: string }).campaignId === campaignId,
  );
  if (!campaignId || !proposal) throw new Error('the demo campaigns have no local campaign with an activity in Y Tý');
  const profile = proposal.payload['profile'] as {
    organiserUnitId: string;
    domains: string[];
    responsibleCadreId: string;
    initiator: string;
    location: { unitId: string };
  };
  return {
    campaignId,
    organiserUnitId: profile.organiserUnitId,
    unitId: profile.location.unitId,
    domains: profile.domains,
    responsibleCadreId: profile.responsibleCadreId,
    initiator: profile.initiator,
  };
}

const CREATE_UNIT = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id consistencyToken } }';
const PROPOSE_ACTIVITY = 'mutation($input: ProposeActivityInput!) { proposeActivity(input: $input) { id consistencyToken } }';
const UNIT_PAGE =
  'query($parentId: ID!, $after: String) { units(parentId: $parentId, first: 100, after: $after) { nodes { nameVi } pageInfo { hasNextPage endCursor } } }';
const ACTIVITY_PAGE =
  'query($unitId: ID!, $campaignId: ID!, $day: String!, $after: String) { activities(unitId: $unitId, campaignId: $campaignId, from: $day, to: $day, first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }';
const UNIT_VISIBLE = 'query($id: ID!) { unit(id: $id) { id } }';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const FIRST_PROPOSAL_DAY = Date.parse('2026-06-01T00:00:00Z');

export class Workload {
  private readonly activity = demoActivityProfile();
  /** Units take effect from yesterday: "today" in any time zone is on or after it. */
  private readonly effectiveFrom = isoDay(new Date(Date.now() - 86_400_000));

  constructor(
    private readonly target: LoadTarget,
    private readonly run: string,
  ) {}

  /** The round's context; its parent unit is created (and visible to the gateway) before it returns. */
  async prepareRound(tag: string, index: number, timeoutMs = 180_000): Promise<Round> {
    const round: Round = {
      tag,
      parentUnitId: `chaos-${this.run}-${tag}`,
      proposedOn: isoDay(new Date(FIRST_PROPOSAL_DAY + index * 86_400_000)),
      marker: `Chaos ${this.run} ${tag}`,
    };
    const spec: MutationSpec = {
      kind: 'unit',
      key: `${round.parentUnitId}-parent`,
      query: CREATE_UNIT,
      variables: {
        input: {
          unitId: round.parentUnitId,
          parentId: LAO_CAI,
          nameVi: round.marker,
          levelLabel: 'Đoàn cơ sở (thử tải)',
          organisation: 'union',
          effectiveFrom: this.effectiveFrom,
        },
      },
    };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { outcome } = await attempt(this.target, spec);
      if (outcome.kind === 'refused') throw new Error(`round ${tag}: the parent unit was refused (${outcome.code})`);
      if (outcome.kind === 'ok') {
        const token = (outcome.data?.['createUnit'] as { consistencyToken: string }).consistencyToken;
        const seen = await postGraphql<{ unit: { id: string } | null }>(this.target.url, {
          query: UNIT_VISIBLE,
          variables: { id: round.parentUnitId },
          token: this.target.session.token(),
          consistencyTokens: [token],
        }).catch(() => undefined);
        if (seen?.data?.unit) return round;
      }
      if (Date.now() > deadline)
        throw new Error(`round ${tag}: the parent unit was not created within ${timeoutMs / 1000} s (last: ${outcome.code ?? outcome.kind})`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }

  /** The load's nth mutation: units and activities in turn. */
  make(round: Round, seq: number): MutationSpec {
    const key = `chaos-${this.run}-${seq}`;
    const name = `${round.marker} #${seq}`;
    if (seq % 2 === 0) {
      return {
        kind: 'unit',
        key,
        query: CREATE_UNIT,
        variables: {
          input: { parentId: round.parentUnitId, nameVi: name, levelLabel: 'Chi đoàn (thử tải)', organisation: 'union', effectiveFrom: this.effectiveFrom },
        },
      };
    }
    const { campaignId, organiserUnitId, unitId, domains, responsibleCadreId, initiator } = this.activity;
    return {
      kind: 'activity',
      key,
      query: PROPOSE_ACTIVITY,
      variables: {
        input: {
          name,
          campaignId,
          organiserUnitId,
          domains,
          responsibleCadreId,
          initiator,
          location: { unitId, site: 'Thử tải' },
          proposedOn: round.proposedOn,
        },
      },
    };
  }

  /** How many times each sequence number of the round is visible, per kind (a missing number is 0). */
  async count(round: Round): Promise<Record<Kind, Map<number, number>>> {
    const units = await this.names(UNIT_PAGE, { parentId: round.parentUnitId }, (data) => data['units']);
    const activities = await this.names(
      ACTIVITY_PAGE,
      { unitId: this.activity.organiserUnitId, campaignId: this.activity.campaignId, day: round.proposedOn },
      (data) => data['activities'],
    );
    const tally = (names: string[]) => {
      const counts = new Map<number, number>();
      for (const name of names) {
        if (!name.startsWith(`${round.marker} #`)) continue;
        const seq = Number(name.slice(round.marker.length + 2));
        counts.set(seq, (counts.get(seq) ?? 0) + 1);
      }
      return counts;
    };
    return { unit: tally(units), activity: tally(activities) };
  }

  /** Every node's name over all pages of a list. */
  private async names(query: string, variables: Record<string, unknown>, pick: (data: Record<string, unknown>) => unknown): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResponse = await postGraphql(this.target.url, {
        query,
        variables: { ...variables, after },
        token: this.target.session.token(),
        timeoutMs: 30_000,
      });
      if (!page.data) throw new Error(`count query failed: ${page.errors?.[0]?.extensions?.['code'] ?? page.status}`);
      const list = pick(page.data) as { nodes: { nameVi?: string; name?: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      names.push(...list.nodes.map((node) => node.nameVi ?? node.name ?? ''));
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after);
    return names;
  }
}
