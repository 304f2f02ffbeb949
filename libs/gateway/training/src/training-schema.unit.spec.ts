import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { type GraphQLObjectType, type GraphQLSchema, printSchema } from 'graphql';
import { assessmentsArea } from './assessments';
import { catalogueArea } from './catalogue';

/** `name(arg: Type, …): Result` of each field of a root type, in name order. */
const operationsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {})
    .map((field) => `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`)
    .sort();

// The catalogue's and the assessments' operations (each area states its own; the module takes every area of training-areas.ts).
describe('the GraphQL schema of the catalogue and assessment areas', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const resolvers = [catalogueArea, assessmentsArea].flatMap((area) => area.providers).filter((provider): provider is Type => typeof provider === 'function');
    schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    await app.close();
  });

  it('answers these queries, with the platform’s pagination arguments on every list', () => {
    expect(operationsOf(schema.getQueryType())).toEqual([
      'capacityAssessment(id: ID!): CapacityAssessment',
      'capacityAssessmentHistory(subjectId: ID!, rubricId: ID, first: Int, after: String): CapacityAssessmentConnection!',
      'capacityAssessments(unitId: ID!, period: String, rubricId: ID, subjectKind: String, first: Int, after: String): CapacityAssessmentConnection!',
      'capacityRubric(id: ID!): CapacityRubric',
      'capacityRubrics(ownerUnitId: ID, level: String, subjectKind: String, first: Int, after: String): CapacityRubricConnection!',
      'coordinationModel(id: ID!): CoordinationModel',
      'coordinationModels(ownerUnitId: ID, curriculumId: ID, status: String, first: Int, after: String): CoordinationModelConnection!',
      'curricula(ownerUnitId: ID, status: String, targetGroup: String, first: Int, after: String): CurriculumConnection!',
      'curriculum(id: ID!): Curriculum',
      'trainingMaterial(id: ID!): TrainingMaterial',
      'trainingMaterials(ownerUnitId: ID, curriculumId: ID, status: String, kind: String, targetGroup: String, first: Int, after: String): TrainingMaterialConnection!',
    ]);
  });

  it('has a mutation for every catalogue and assessment command, each answering with a consistency token', () => {
    expect(operationsOf(schema.getMutationType())).toEqual([
      'addMaterialVersion(input: AddMaterialVersionInput!): CommandResult!',
      'amendCapacityAssessment(input: AmendCapacityAssessmentInput!): CommandResult!',
      'approveMaterialVersion(input: ApproveMaterialVersionInput!): CommandResult!',
      'defineCapacityRubric(input: DefineCapacityRubricInput!): CommandResult!',
      'defineCurriculum(input: DefineCurriculumInput!): CommandResult!',
      'draftCoordinationModel(input: DraftCoordinationModelInput!): CommandResult!',
      'finaliseCapacityAssessment(input: FinaliseCapacityAssessmentInput!): CommandResult!',
      'publishCoordinationModel(input: PublishCoordinationModelInput!): CommandResult!',
      'recordCapacityAssessment(input: RecordCapacityAssessmentInput!): CommandResult!',
      'registerMaterial(input: RegisterMaterialInput!): CommandResult!',
      'retireCoordinationModel(input: RetireCoordinationModelInput!): CommandResult!',
      'retireCurriculum(input: RetireCurriculumInput!): CommandResult!',
      'retireMaterial(input: RetireMaterialInput!): CommandResult!',
      'reviseCapacityRubric(input: ReviseCapacityRubricInput!): CommandResult!',
      'reviseCoordinationModel(input: ReviseCoordinationModelInput!): CommandResult!',
      'reviseCurriculum(input: ReviseCurriculumInput!): CommandResult!',
    ]);
    expect(printSchema(schema)).toContain('consistencyToken: String!');
  });

  it('compares an assessment with the period before only when asked (a field of its own)', () => {
    const assessment = schema.getType('CapacityAssessment') as GraphQLObjectType;
    expect(String(assessment.getFields()['comparedWithPrevious']?.type)).toBe('CapacityComparison');
  });
});
