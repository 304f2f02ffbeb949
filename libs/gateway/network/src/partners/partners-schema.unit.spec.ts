import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { partnersArea } from './index';

/** `name(arg: Type, …): Result` of each field of a type, in name order. */
const operationsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {})
    .map((field) => `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`)
    .sort();

describe('the GraphQL schema of the partners area', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const resolvers = partnersArea.providers.filter((provider): provider is Type => typeof provider === 'function');
    schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    await app.close();
  });

  it('answers partners and agreements to cadres and to a partner’s own account, with the platform’s pagination on every list', () => {
    expect(operationsOf(schema.getQueryType())).toEqual([
      'agreement(id: ID!, asOf: String): NetworkAgreement',
      'myAgreements(asOf: String, status: String, first: Int, after: String): NetworkAgreementConnection!',
      'myPartner(): NetworkPartner',
      'partner(id: ID!): NetworkPartner',
      'unitAgreements(unitId: ID!, asOf: String, status: String, first: Int, after: String): NetworkAgreementConnection!',
      'unitPartners(unitId: ID!, kind: String, first: Int, after: String): NetworkPartnerConnection!',
    ]);
  });

  it('has a mutation for every partner and agreement command, each answering with a consistency token', () => {
    expect(operationsOf(schema.getMutationType())).toEqual([
      'amendAgreement(input: AmendAgreementInput!): CommandResult!',
      'linkPartnerAccount(input: PartnerAccountInput!): CommandResult!',
      'registerPartner(input: RegisterPartnerInput!): CommandResult!',
      'revisePartner(input: RevisePartnerInput!): CommandResult!',
      'signAgreement(input: SignAgreementInput!): CommandResult!',
      'terminateAgreement(input: TerminateAgreementInput!): CommandResult!',
      'unlinkPartnerAccount(input: PartnerAccountInput!): CommandResult!',
    ]);
  });
});
