import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { networksArea } from './index';

/** `name(arg: Type, …): Result` of each field of a type, in name order. */
const operationsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {})
    .map((field) => `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`)
    .sort();

describe('the GraphQL schema of the networks area', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const resolvers = networksArea.providers.filter((provider): provider is Type => typeof provider === 'function');
    schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    await app.close();
  });

  it('answers a network, a unit’s networks and a member’s networks, with the platform’s pagination on every list', () => {
    expect(operationsOf(schema.getQueryType())).toEqual([
      'network(id: ID!): Network',
      'networksOfMember(memberKind: String!, memberId: ID!, currentOnly: Boolean, first: Int, after: String): NetworkMembershipConnection!',
      'unitNetworks(unitId: ID!, status: String, first: Int, after: String): NetworkConnection!',
    ]);
  });

  it('gives a network its members as of a date and its dated history', () => {
    const network = schema.getType('Network') as GraphQLObjectType;
    expect(operationsOf(network).filter((field) => field.startsWith('member'))).toEqual([
      'members(on: String): [NetworkMember!]!',
      'memberships(): [NetworkMembership!]!',
    ]);
    expect(operationsOf(schema.getType('NetworkMembership') as GraphQLObjectType)).toContain('network(): Network');
  });

  it('has a mutation for every network command, each answering with a consistency token', () => {
    expect(operationsOf(schema.getMutationType())).toEqual([
      'admitNetworkMember(input: AdmitNetworkMemberInput!): CommandResult!',
      'dissolveNetwork(input: DissolveNetworkInput!): CommandResult!',
      'endNetworkMembership(input: EndNetworkMembershipInput!): CommandResult!',
      'formNetwork(input: FormNetworkInput!): CommandResult!',
    ]);
  });
});
