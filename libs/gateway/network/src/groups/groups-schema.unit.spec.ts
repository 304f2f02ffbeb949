import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { groupsArea } from './index';

/** `name(arg: Type, …): Result` of each field of a type, in name order. */
const operationsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {})
    .map((field) => `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`)
    .sort();

describe('the GraphQL schema of the groups area', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const resolvers = groupsArea.providers.filter((provider): provider is Type => typeof provider === 'function');
    schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    await app.close();
  });

  it('answers a group and a unit’s groups as of a date, with the platform’s pagination', () => {
    expect(operationsOf(schema.getQueryType())).toEqual([
      'group(id: ID!, asOf: String): VolunteerGroup',
      'unitGroups(unitId: ID!, includeSubtree: Boolean, status: String, asOf: String, first: Int, after: String): VolunteerGroupConnection!',
    ]);
  });

  it('has a mutation for every group command a person sends, each answering with a consistency token', () => {
    expect(operationsOf(schema.getMutationType())).toEqual([
      'declareGroupStatus(input: DeclareGroupStatusInput!): CommandResult!',
      'declineGroupVerification(input: DeclineGroupVerificationInput!): CommandResult!',
      'moveGroupHost(input: MoveGroupHostInput!): CommandResult!',
      'registerGroup(input: RegisterGroupInput!): CommandResult!',
      'reviseGroupProfile(input: ReviseGroupProfileInput!): CommandResult!',
      'selfRegisterGroup(input: SelfRegisterGroupInput!): CommandResult!',
      'verifyGroup(input: VerifyGroupInput!): CommandResult!',
    ]);
  });
});
