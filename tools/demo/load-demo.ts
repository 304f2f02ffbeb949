/**
 * Loads the DEMO dataset (DỮ LIỆU MẪU, tools/demo/demo-dataset.ts) into a running registry, the
 * demo training year (tools/demo/demo-training.ts) into the training service, the demo
 * campaigns (tools/demo/demo-campaigns.ts) into the campaigns service, Lào Cai's clubs,
 * network, partner and need (tools/demo/demo-network.ts) into the network service, and its 2025
 * activities, declared figures and plan indicators (tools/demo/demo-reporting.ts) into the
 * campaigns and reporting services, over their
 * Kafka command topics, as a system administrator (a group's self-registration as its leader's
 * demo account). Idempotent: every command has a fixed id, so a second run
 * changes nothing and reports the data as already loaded. Qualification records are made by the
 * training service when a course completes: the loader does not wait for them (except where a
 * later course needs its trainers' records: see `awaits`). Then it signs in through the gateway
 * as the demo accounts and checks what they see of the network (check-network.ts) and Lào Cai's
 * indicators for 2025 and 2026 (check-reporting.ts), and makes Lào Cai's reports through the
 * gateway, whose engine computes the figures a submission carries (demo-reports.ts).
 *
 *   KAFKA_BROKERS=127.0.0.1:9092 AUTH_TOKEN_SECRET=<base64> node -r @swc-node/register tools/demo/load-demo.ts
 *
 * KAFKA_TOPIC_PREFIX, as the services take it, when the platform runs on prefixed topics;
 * TN_PORT_GATEWAY, the gateway's port (3000 unless set).
 *
 * `./dev up` runs it (unless TN_NO_DEMO=1). It refuses to run with NODE_ENV=production.
 * Output names command types, demo ids and error codes only, never personal data.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { accountIdOf } from '@tn/registry-contracts';
import { sealSecret, signAccessToken } from '@tn/shared-auth';
import { type CommandReply, isEntityId } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { checkDataset } from './check-dataset';
import { checkNetwork, seeNetworkThroughGateway } from './check-network';
import { seeIndicatorsThroughGateway } from './check-reporting';
import { checkTraining } from './check-training';
import { campaignDemoCommands } from './demo-campaigns';
import { DEMO_MARK, demoDataset, type DemoDataset, type DemoUnit } from './demo-dataset';
import { networkDemo, networkDemoPhases } from './demo-network';
import { reportingDemoActivities, reportingDemoCommands } from './demo-reporting';
import { makeReportsThroughGateway } from './demo-reports';
import { trainingDemoPhases, trainingYear } from './demo-training';

const REGISTRY = 'registry';
const TRAINING = 'training';
const CAMPAIGNS = 'campaigns';
const NETWORK = 'network';
const REPORTING = 'reporting';
const ACTOR_ID = 'demo-loader';
const BATCH = 8;
const ATTEMPTS = 3;
/** How long a command is sent again while the part of the platform it waits for catches up (see `awaits`). */
const CATCH_UP_WAIT_MS = 90_000;
const CATCH_UP_PAUSE_MS = 1_000;
/** How long the gateway's read models may take to show the network as loaded (check-network.ts). */
const GATEWAY_WAIT_MS = 60_000;

/** Replies that mean "this is already there" when the data was loaded before under other command ids. */
const ALREADY_LOADED: Record<string, string[]> = {
  CreateUnit: ['UNIT.ALREADY_EXISTS'],
  MergeUnits: ['UNIT.ALREADY_EXISTS', 'UNIT.NOT_ACTIVE'],
  RegisterCadre: ['CADRE.ALREADY_REGISTERED'],
  AppointCadre: ['CADRE.POSITION_EXISTS'],
  TransferCadre: ['CADRE.SAME_UNIT'],
  EndCadreTerm: ['CADRE.POSITION_ENDED'],
  RegisterVolunteer: ['VOLUNTEER.ALREADY_REGISTERED'],
  OpenAccount: ['ACCOUNT.USERNAME_TAKEN'],
  // Training: what exists already, and acts on a course that has since been completed.
  DefineCurriculum: ['CURRICULUM.ALREADY_EXISTS'],
  RegisterMaterial: ['MATERIAL.ALREADY_EXISTS'],
  AddMaterialVersion: ['MATERIAL.VERSION_EXISTS'],
  DraftCoordinationModel: ['COORDINATION_MODEL.ALREADY_EXISTS'],
  PublishCoordinationModel: ['COORDINATION_MODEL.RETIRED'],
  DefineQualificationKind: ['QUALIFICATION.KIND_ALREADY_DEFINED'],
  RecognisePriorQualification: ['QUALIFICATION.RECORD_EXISTS', 'QUALIFICATION.ALREADY_HELD'],
  PlanCourse: ['COURSE.ALREADY_EXISTS'],
  ScheduleCourseSession: ['COURSE.SESSION_EXISTS', 'COURSE.CLOSED'],
  RequestEnrolment: ['COURSE.ALREADY_ENROLLED', 'COURSE.CLOSED'],
  ApproveEnrolment: ['COURSE.ENROLMENT_NOT_PENDING', 'COURSE.CLOSED'],
  RecordSessionAttendance: ['COURSE.CLOSED'],
  RecordAssessment: ['COURSE.CLOSED'],
  CompleteCourse: ['COURSE.CLOSED'],
  DefineCapacityRubric: ['CAPACITY_RUBRIC.ALREADY_EXISTS'],
  RecordCapacityAssessment: ['CAPACITY_ASSESSMENT.ALREADY_RECORDED'],
  FinaliseCapacityAssessment: ['CAPACITY_ASSESSMENT.FINALISED'],
  // Campaigns.
  LaunchCampaign: ['CAMPAIGN.ALREADY_EXISTS'],
  ProposeActivity: ['ACTIVITY.ALREADY_EXISTS'],
  // Network.
  RegisterGroup: ['GROUP.ALREADY_EXISTS'],
  SelfRegisterGroup: ['GROUP.ALREADY_EXISTS'],
  VerifyGroup: ['GROUP.ALREADY_VERIFIED'],
  RegisterPartner: ['PARTNER.ALREADY_EXISTS'],
  FormNetwork: ['NETWORK.ALREADY_EXISTS'],
  AdmitNetworkMember: ['NETWORK.ALREADY_MEMBER'],
  SignAgreement: ['AGREEMENT.ALREADY_EXISTS'],
  RaiseNeed: ['NEED.ALREADY_EXISTS'],
  ProposeNeedMatch: ['NEED.MATCH_EXISTS'],
  AcceptNeedMatch: ['NEED.MATCH_NOT_PROPOSED'],
  RecordNeedMatchFulfilled: ['NEED.MATCH_NOT_ACCEPTED', 'NEED.ALREADY_FULFILLED'],
  // Reporting (a declaration repeated with the same figure records nothing: no refusal to expect).
  DefineIndicator: ['INDICATOR.ALREADY_EXISTS'],
};
/** Worth sending again with the same id (the store applies it once). */
const RETRYABLE_KINDS = new Set(['concurrency', 'internal']);

interface Command {
  /** The service that decides it (the registry unless said). */
  context?: string;
  type: string;
  /** A demo id (never personal data): names the command in output and in its command id. */
  id: string;
  payload: Record<string, unknown>;
  /** Refusal codes that mean the platform has not caught up yet: sent again (for up to CATCH_UP_WAIT_MS) until it has. */
  awaits?: readonly string[];
  /** The demo account (username) that gives the command, when the platform wants it given by that person (a group's self-registration). */
  actAs?: string;
}

type Outcome = 'new' | 'already';

class LoadError extends Error {}

function env(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new LoadError(`${name} is not set`);
  return value;
}

/** Units in waves: a unit's parent is always in an earlier wave. */
function unitWaves(units: DemoUnit[]): DemoUnit[][] {
  const depth = new Map<string, number>();
  const waves: DemoUnit[][] = [];
  for (const unit of units) {
    const level = unit.parentId === null ? 0 : (depth.get(unit.parentId) ?? -1) + 1;
    if (level < 0) throw new LoadError(`unit ${unit.unitId} comes before its parent ${unit.parentId}`);
    depth.set(unit.unitId, level);
    (waves[level] ??= []).push(unit);
  }
  return waves;
}

/** Every command, grouped in phases: each phase runs after the one before; within a phase commands run in small concurrent batches. */
function phasesOf(data: DemoDataset, secret: Buffer): { name: string; groups: Command[][] }[] {
  const one = (command: Command) => [command];
  const cadreChains = new Map<string, Command[]>();
  for (const step of data.cadreSteps) {
    const { type, ...payload } = step;
    const key = type === 'TransferCadre' ? `${step.positionId}@${step.effectiveFrom}` : step.positionId;
    const chain = cadreChains.get(step.cadreId) ?? [];
    chain.push({ type, id: key, payload });
    cadreChains.set(step.cadreId, chain);
  }
  return [
    ...unitWaves(data.units).map((wave, level) => ({
      name: `units (level ${level})`,
      groups: wave.map((unit) => one({ type: 'CreateUnit', id: unit.unitId, payload: { ...unit } })),
    })),
    {
      name: 'merges',
      // One after another, in the dataset's order.
      groups: [
        data.merges.map((merge) => ({
          type: 'MergeUnits',
          id: 'existingUnitId' in merge.successor ? `${merge.sourceUnitIds.join('+')}>${merge.successor.existingUnitId}` : merge.successor.newUnitId,
          payload: { ...merge },
        })),
      ],
    },
    {
      name: 'renames',
      groups: data.renames.map((rename) => one({ type: 'RenameUnit', id: `${rename.unitId}@${rename.effectiveFrom}`, payload: { ...rename } })),
    },
    { name: 'cadres', groups: data.cadres.map((cadre) => one({ type: 'RegisterCadre', id: cadre.cadreId, payload: { ...cadre } })) },
    // Each cadre's appointments, transfers and term ends in order; cadres side by side.
    { name: 'positions', groups: [...cadreChains.values()] },
    {
      name: 'volunteers',
      groups: data.volunteers.map((volunteer) => one({ type: 'RegisterVolunteer', id: volunteer.volunteerId, payload: { ...volunteer } })),
    },
    {
      name: 'home units',
      groups: data.homeUnitChanges.map((change) =>
        one({ type: 'ChangeVolunteerHomeUnit', id: `${change.volunteerId}@${change.effectiveFrom}`, payload: { ...change } }),
      ),
    },
    {
      name: 'accounts',
      groups: data.accounts.map(({ password, scopeLabel: _label, ...account }) =>
        // Sealed like the gateway does: the password never travels in clear through Kafka.
        one({ type: 'OpenAccount', id: account.username, payload: { ...account, sealedPassword: sealSecret(secret, password) } }),
      ),
    },
    // After the people and units they name; the campaigns name the training catalogue's published model.
    ...trainingDemoPhases().map((phase) => ({
      name: phase.name,
      groups: phase.groups.map((group) => group.map((command) => ({ ...command, context: TRAINING }))),
    })),
    // One after another (each may need the one before).
    { name: 'campaigns', groups: [campaignDemoCommands().map((command) => ({ ...command, context: CAMPAIGNS }))] },
    ...networkDemoPhases().map((phase) => ({
      name: phase.name,
      groups: phase.groups.map((group) => group.map((command) => ({ ...command, context: NETWORK }))),
    })),
    { name: 'activities of 2025', groups: reportingDemoActivities().map((command) => [{ ...command, context: CAMPAIGNS }]) },
    { name: 'declared figures and plan indicators', groups: reportingDemoCommands().map((command) => [{ ...command, context: REPORTING }]) },
  ];
}

/**
 * The fixed command id of a demo command (so a second run is recognised as already loaded). The
 * platform's id grammar allows letters, digits, "_", ":" and "-": any other character of the
 * demo's own keys (a username's ".", a merge's "+" and ">", a date's "@") is spelled as "_<hex>".
 */
export const demoCommandId = (command: Pick<Command, 'type' | 'id'>): string =>
  `demo:${command.type}:${command.id.replace(/[^A-Za-z0-9:-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}`)}`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a refusal may only mean the platform has not caught up yet: a service's copy of
 * another's data still behind (`*.CATCHING_UP`), or what the command says it awaits.
 */
const waitsFor = (command: Command, code: string): boolean => code.endsWith('.CATCHING_UP') || (command.awaits?.includes(code) ?? false);

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(run));
  }
}

/** Keep the output to the report: the Kafka client's info lines and kafkajs's known negative-timeout warning (Node 24) are noise here. */
function quietenLibraries(): void {
  Logger.overrideLogger(['error', 'warn']);
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name !== 'TimeoutNegativeWarning') console.error(`[demo] ${warning.name}: ${warning.message}`);
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  quietenLibraries();
  if (process.env['NODE_ENV'] === 'production') throw new LoadError('refusing to load demo data with NODE_ENV=production');
  const today = vietnamDateOf(new Date().toISOString());
  const problems = [...checkDataset(demoDataset), ...checkTraining(trainingYear, demoDataset, today), ...checkNetwork(networkDemo, demoDataset, today)];
  if (problems.length > 0) throw new LoadError(`the demo dataset is not sound:\n  - ${problems.join('\n  - ')}`);

  const brokers = env('KAFKA_BROKERS')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  const secret = Buffer.from(env('AUTH_TOKEN_SECRET'), 'base64');
  if (secret.length !== 32) throw new LoadError('AUTH_TOKEN_SECRET must be 32 bytes in base64');
  const token = signAccessToken({ sub: ACTOR_ID, sid: ACTOR_ID, kind: 'service', grants: [{ role: 'system-admin', unitId: null }] }, secret, new Date(), 3600);
  /**
   * Who gives a command and their token: the administrator, or a demo account (as if its person
   * had signed in) for what the platform lets only that person do, such as registering their own
   * group (which the administrator then verifies: whoever registered a group may not verify it).
   */
  const actorOf = (command: Command): { id: string; token: string } => {
    if (command.actAs === undefined) return { id: ACTOR_ID, token };
    const account = demoDataset.accounts.find((candidate) => candidate.username === command.actAs);
    if (!account) throw new LoadError(`${command.type} ${command.id}: no demo account ${command.actAs}`);
    const id = accountIdOf(account.username);
    const claims = { sub: id, sid: ACTOR_ID, kind: account.kind, grants: account.roles, ...(account.personId ? { personId: account.personId } : {}) };
    return { id, token: signAccessToken(claims, secret, new Date(), 3600) };
  };
  // Topics as the services name them on a shared Kafka (KAFKA_TOPIC_PREFIX, empty by default).
  const topicPrefix = process.env['KAFKA_TOPIC_PREFIX'] ?? '';
  const topicOf = (context: string) => `${topicPrefix}${context}`;

  const client = new CommandClient([REGISTRY, TRAINING, CAMPAIGNS, NETWORK, REPORTING].map(topicOf), {
    clientId: 'tn-demo-loader',
    brokers,
    // Payloads hold the demo people's personal data: sealed like every command (services refuse unsealed ones).
    sealingSecret: secret,
    // A fresh group per run: no waiting for an earlier run's member to time out.
    replyGroupId: `tn-demo-loader-${randomUUID()}`,
    timeoutMs: 30_000,
  });
  const counts = new Map<string, { fresh: number; already: number }>();
  const count = (type: string, outcome: Outcome) => {
    const entry = counts.get(type) ?? { fresh: 0, already: 0 };
    entry[outcome === 'new' ? 'fresh' : 'already'] += 1;
    counts.set(type, entry);
  };

  /** One command, sent again (same id) after a timeout or a reply worth retrying, up to ATTEMPTS times. */
  const sendOnce = async (command: Command): Promise<CommandReply> => {
    let reply: CommandReply | undefined;
    const actor = actorOf(command);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        reply = await client.send(topicOf(command.context ?? REGISTRY), {
          type: command.type,
          payload: command.payload,
          actor: { kind: 'account', id: actor.id },
          commandId: demoCommandId(command),
          credentials: actor.token,
          // A sign-up takes its time from the envelope (never the payload): the demo replays when it happened.
          ...(typeof command.payload['signedUpAt'] === 'string' ? { issuedAt: command.payload['signedUpAt'] } : {}),
        });
      } catch (error) {
        // A timeout: the same command id is applied once, so sending it again is safe.
        if (attempt === ATTEMPTS) throw new LoadError(`${command.type} ${command.id}: no reply (${(error as Error).name})`);
        continue;
      }
      if (reply.ok || !RETRYABLE_KINDS.has(reply.error.kind) || attempt === ATTEMPTS) break;
      await pause(200 * attempt);
    }
    if (!reply) throw new LoadError(`${command.type} ${command.id}: no reply`);
    return reply;
  };

  const send = async (command: Command): Promise<void> => {
    const waitUntil = Date.now() + CATCH_UP_WAIT_MS;
    let reply = await sendOnce(command);
    while (!reply.ok && waitsFor(command, reply.error.code) && Date.now() < waitUntil) {
      await pause(CATCH_UP_PAUSE_MS);
      reply = await sendOnce(command);
    }
    if (reply.ok) return count(command.type, reply.duplicate || reply.eventTypes.length === 0 ? 'already' : 'new');
    if (ALREADY_LOADED[command.type]?.includes(reply.error.code)) return count(command.type, 'already');
    const field = reply.error.field ? ` (field ${reply.error.field})` : '';
    const waited = waitsFor(command, reply.error.code) ? `, still after waiting ${CATCH_UP_WAIT_MS / 1000} s for the platform to catch up` : '';
    throw new LoadError(`${command.type} ${command.id} was refused: ${reply.error.code}${field}${waited}`);
  };

  try {
    await client.connect();
    const phases = phasesOf(demoDataset, secret);
    // Checked before anything is sent, so a bad id cannot leave the demo half-loaded.
    const badIds = phases.flatMap((phase) => phase.groups.flat()).filter((command) => !isEntityId(demoCommandId(command)));
    if (badIds.length > 0) throw new LoadError(`demo command ids outside the platform's id grammar: ${badIds.map(demoCommandId).join(', ')}`);
    for (const phase of phases) {
      await inBatches(phase.groups, BATCH, async (group) => {
        for (const command of group) await send(command);
      });
    }
  } finally {
    await client.close().catch(() => undefined);
  }
  const seen = await seeNetworkThroughGateway(`http://127.0.0.1:${gatewayPort()}/graphql`, networkDemo, demoDataset, { today, waitMs: GATEWAY_WAIT_MS });
  if (seen.problems.length > 0)
    throw new LoadError(`the demo data is loaded, but the gateway does not show the network as loaded:\n  - ${seen.problems.join('\n  - ')}`);
  const indicators = await seeIndicatorsThroughGateway(`http://127.0.0.1:${gatewayPort()}/graphql`, demoDataset, { waitMs: GATEWAY_WAIT_MS });
  if (indicators.problems.length > 0)
    throw new LoadError(`the demo data is loaded, but the gateway does not show Lào Cai's indicators:\n  - ${indicators.problems.join('\n  - ')}`);
  const reports = await makeReportsThroughGateway(`http://127.0.0.1:${gatewayPort()}/graphql`, demoDataset, today, { waitMs: GATEWAY_WAIT_MS });
  if (reports.problems.length > 0)
    throw new LoadError(`the demo data is loaded, but Lào Cai's reports are not as they should be:\n  - ${reports.problems.join('\n  - ')}`);
  report(counts, Date.now() - started, seen.lines, indicators.lines, reports.lines);
}

const gatewayPort = () => process.env['TN_PORT_GATEWAY'] || '3000';

/** Command types of the campaigns demo and of the training year, and how many campaigns there are (for the report). */
const CAMPAIGN_COMMAND_TYPES = [...new Set(campaignDemoCommands().map((command) => command.type))];
const CAMPAIGN_COUNT = campaignDemoCommands().filter((command) =>
  ['LaunchCampaign', 'PublishCampaignTemplate', 'OpenLocalCampaign'].includes(command.type),
).length;
const TRAINING_COMMAND_TYPES = [...new Set(trainingDemoPhases().flatMap((phase) => phase.groups.flat().map((command) => command.type)))];
const NETWORK_COMMAND_TYPES = [...new Set(networkDemoPhases().flatMap((phase) => phase.groups.flat().map((command) => command.type)))];

function report(
  counts: Map<string, { fresh: number; already: number }>,
  elapsedMs: number,
  networkSeen: string[],
  indicatorLines: string[],
  reportLines: string[],
): void {
  const total = (...types: string[]) =>
    types.reduce((sum, type) => ({ fresh: sum.fresh + (counts.get(type)?.fresh ?? 0), already: sum.already + (counts.get(type)?.already ?? 0) }), {
      fresh: 0,
      already: 0,
    });
  const unitCount = demoDataset.units.length + demoDataset.merges.filter((merge) => 'newUnitId' in merge.successor).length;
  const line = (label: string, n: number, t: { fresh: number; already: number }) =>
    `  ${label.padEnd(11)} ${String(n).padStart(3)}   commands: ${String(t.fresh).padStart(2)} applied, ${String(t.already).padStart(2)} already loaded`;
  const everything = total(...counts.keys());
  type Row = [username: string, password: string, role: string, scope: string];
  const header: Row = ['username', 'password', 'role', 'scope'];
  const rows: Row[] = demoDataset.accounts.map((account) => [
    account.username,
    account.password,
    account.roles.map((grant) => grant.role).join(', '),
    account.scopeLabel,
  ]);
  const width = (column: 0 | 1 | 2) => Math.max(...[header, ...rows].map((cells) => cells[column].length));
  const row = ([username, password, role, scope]: Row) => `  ${username.padEnd(width(0))}  ${password.padEnd(width(1))}  ${role.padEnd(width(2))}  ${scope}`;
  const rule = '='.repeat(78);
  const example = demoDataset.accounts.find((account) => account.username === 'demo.admin') ?? demoDataset.accounts[0];
  console.log(
    [
      rule,
      ` ${DEMO_MARK} — not real people`,
      ' Tỉnh Lào Cai after the 2025-07-01 merger (Lào Cai + Yên Bái), with Tuyên Quang for scoping.',
      ' Campaigns: Summer 2026 (a province template run by Y Tý and Sa Pa: a road, a play space, attendance,\n   outputs, resources), Border Spring 2027 (planned; its shifts are open for sign-up) and Y Tý 2027\n   (applying the published coordination model).',
      " Training: a ToT course (2025) whose trainers lead commune courses in Y Tý (2025: its volunteer-\n   coordination qualifications have expired since), Sa Pa and Lào Cai ward (2026); Y Tý's capacity\n   assessed for 2025 and 2026. Qualification records follow each completion within seconds.",
      ' Network: clubs of Y Tý and Sa Pa, a self-formed Sa Pa group verified by its ward, the border-youth\n   network (with a Tuyên Quang club), a garment company under an MoU committing goods in kind (its\n   account demo.doitac), and a Y Tý need matched to the Y Tý club and to the company (delivered).',
      rule,
      line('units', unitCount, total('CreateUnit', 'MergeUnits', 'RenameUnit')),
      line('cadres', demoDataset.cadres.length, total('RegisterCadre', 'AppointCadre', 'TransferCadre', 'EndCadreTerm')),
      line('volunteers', demoDataset.volunteers.length, total('RegisterVolunteer', 'ChangeVolunteerHomeUnit')),
      line('accounts', demoDataset.accounts.length, total('OpenAccount')),
      line('courses', trainingYear.courses.length, total(...TRAINING_COMMAND_TYPES)),
      line('campaigns', CAMPAIGN_COUNT, total(...CAMPAIGN_COMMAND_TYPES)),
      line('groups', networkDemo.groups.length, total(...NETWORK_COMMAND_TYPES)),
      line('figures', reportingDemoCommands().length, total('DeclareValue', 'DefineIndicator')),
      `  all ${everything.fresh + everything.already} commands: ${everything.fresh} applied, ${everything.already} already loaded, in ${(elapsedMs / 1000).toFixed(1)} s`,
      '',
      ' The network as the demo accounts see it through the gateway:',
      ...networkSeen.map((seen) => `  ${seen}`),
      '',
      " Lào Cai's indicators as demo.tinhdoan reads them (value (numerator/denominator) → target by year):",
      ...indicatorLines.map((line) => `  ${line}`),
      '',
      " Lào Cai's reports (made through the gateway as demo.xa and demo.tinhdoan) and its 2025 mid-term review:",
      ...reportLines.map((line) => `  ${line}`),
      '',
      ' Sign-in accounts (demo passwords):',
      row(header),
      ...rows.map(row),
      '',
      ` Sign in through GraphQL at http://127.0.0.1:${gatewayPort()}/graphql:`,
      `  mutation { signIn(username:"${example?.username}", password:"${example?.password}") { accessToken } }`,
      ` e.g. curl -s localhost:${gatewayPort()}/graphql -H 'content-type: application/json' \\`,
      `        -d '{"query":"mutation { signIn(username:\\"${example?.username}\\", password:\\"${example?.password}\\") { accessToken } }"}'`,
      ' then send the token as "authorization: Bearer <accessToken>".',
      rule,
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // Only our own messages (types, demo ids, codes) are printed; anything else by its name.
    const message = error instanceof LoadError ? error.message : `unexpected ${(error as Error)?.name ?? 'error'}: ${(error as Error)?.message ?? ''}`;
    console.error(`[demo] loading the demo data failed: ${message}`);
    process.exit(1);
  },
);
