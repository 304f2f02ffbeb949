import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { coursesArea } from '../courses';
import { qualificationsArea } from '../qualifications';
import { lineageArea } from '.';

/** `name(arg: Type, …): Result` of each field of a type, in name order. */
const fieldsOf = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {})
    .map((field) => `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`)
    .sort();

// The operations of the courses, qualifications and lineage areas (each area states its own).
describe('the GraphQL schema of the courses, qualifications and lineage areas', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const resolvers = [coursesArea, qualificationsArea, lineageArea]
      .flatMap((area) => area.providers)
      .filter((provider): provider is Type => typeof provider === 'function');
    schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    await app.close();
  });

  it('answers these queries, with the platform’s pagination arguments on every list that can grow', () => {
    expect(fieldsOf(schema.getQueryType())).toEqual([
      'course(id: ID!): Course',
      'courseEnrolments(courseId: ID!, status: String, first: Int, after: String): CourseEnrolmentConnection!',
      'courseSessionAttendance(courseId: ID!, sessionId: ID!): CourseSessionAttendance!',
      'courses(unitId: ID!, status: String, first: Int, after: String): CourseConnection!',
      'coursesTaughtBy(personId: ID!, first: Int, after: String): CourseConnection!',
      'flaggedCourses(trainerId: ID!, first: Int, after: String): CourseConnection!',
      'myCourses(first: Int, after: String): CourseEnrolmentConnection!',
      'myQualifications(asOf: String): PersonQualifications!',
      'personCourses(personId: ID!, first: Int, after: String): CourseEnrolmentConnection!',
      'personQualifications(personId: ID!, asOf: String): PersonQualifications!',
      'previewQualificationExtension(kindId: ID!, expiringFrom: String!, expiringTo: String!, extendByMonths: Int!, first: Int, after: String): QualificationExtensionPreview!',
      'qualificationKind(id: ID!): QualificationKind',
      'qualificationKinds(ownerUnitId: ID): [QualificationKind!]!',
      'trainedDownstream(trainerId: ID!, first: Int, after: String): TrainedDownstreamConnection!',
      'trainerLineage(personId: ID!): TrainerLineage!',
      'unitQualifications(unitId: ID!, kindId: ID!, asOf: String, status: String, first: Int, after: String): UnitQualificationConnection!',
    ]);
  });

  it('has a mutation for every course, kind and trainee command a person sends, each answering with a consistency token', () => {
    expect(fieldsOf(schema.getMutationType())).toEqual(
      [
        'approveEnrolment',
        'assignCourseTrainer',
        'cancelCourse',
        'cancelCourseSession',
        'completeCourse',
        'declineEnrolment',
        'defineQualificationKind',
        'extendQualificationValidity',
        'planCourse',
        'recognisePriorQualification',
        'recordAssessment',
        'recordSessionAttendance',
        'removeCourseTrainer',
        'requestEnrolment',
        'reviseQualificationKind',
        'revokeQualification',
        'scheduleCourseSession',
        'withdrawEnrolment',
      ].map((name) => `${name}(input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!): CommandResult!`),
    );
  });

  it("flags a course from its trainers' revocations, as a field of the course", () => {
    expect(fieldsOf(schema.getType('Course') as GraphQLObjectType)).toContain('flags(): [CourseFlag!]!');
  });
});
