import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { needsArea } from './index';

/** `name(arg: Type, …): Result` of each field of a type, in name order. */
const operationsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {})
    .map((field) => `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`)
    .sort();

describe('the GraphQL schema of the needs area', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const resolvers = needsArea.providers.filter((provider): provider is Type => typeof provider === 'function');
    schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    await app.close();
  });

  it('answers a need, a unit’s needs, a partner’s own needs and a need’s ranked candidates', () => {
    expect(operationsOf(schema.getQueryType())).toEqual([
      'myMatchedNeeds(first: Int, after: String): NeedConnection!',
      'need(id: ID!): Need',
      'needMatchCandidates(needId: ID!, first: Int): [NeedMatchCandidate!]!',
      'unitNeeds(unitId: ID!, status: String, first: Int, after: String): NeedConnection!',
    ]);
  });

  it('has a mutation for every need command but the service’s own, each answering with a consistency token', () => {
    expect(operationsOf(schema.getMutationType())).toEqual([
      'acceptNeedMatch(input: NeedMatchInput!): CommandResult!',
      'cancelNeed(input: CancelNeedInput!): CommandResult!',
      'declineNeedMatch(input: DeclineNeedMatchInput!): CommandResult!',
      'proposeNeedMatch(input: ProposeNeedMatchInput!): CommandResult!',
      'raiseNeed(input: RaiseNeedInput!): CommandResult!',
      'recordNeedMatchFulfilled(input: RecordNeedMatchFulfilledInput!): CommandResult!',
    ]);
  });
});
