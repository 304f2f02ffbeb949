import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { Paginated } from './paginated';

@ObjectType()
class UnitView {
  @Field()
  nameVi!: string;
}

@ObjectType()
class CampaignView {
  @Field()
  title!: string;
}

@ObjectType()
class UnitPage extends Paginated(UnitView) {}

@ObjectType()
class CampaignPage extends Paginated(CampaignView) {}

@Resolver()
class PagesResolver {
  @Query(() => UnitPage)
  units(@Args('first', { type: () => Int, nullable: true }) _first?: number): UnitPage {
    return { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: null };
  }

  @Query(() => CampaignPage)
  campaigns(): CampaignPage {
    return { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  }
}

describe('Paginated', () => {
  let sdl: string;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    sdl = printSchema(await app.get(GraphQLSchemaFactory).create([PagesResolver]));
    await app.close();
  });

  it('builds a connection type with edges, nodes, pageInfo and a nullable totalCount', () => {
    expect(sdl).toContain('type UnitPage {\n  edges: [UnitViewEdge!]!\n  nodes: [UnitView!]!\n  pageInfo: PageInfo!\n  totalCount: Int\n}');
    expect(sdl).toContain('type UnitViewEdge {\n  cursor: String!\n  node: UnitView!\n}');
  });

  it('gives each item its own edge type and shares one PageInfo', () => {
    expect(sdl).toContain('type CampaignViewEdge {');
    expect(sdl.match(/type PageInfo \{/g)).toHaveLength(1);
    expect(sdl).toContain('type PageInfo {\n  hasNextPage: Boolean!\n  endCursor: String\n}');
  });

  it('does not expose the abstract base as a type of its own', () => {
    expect(sdl).not.toContain('PaginatedType');
  });
});
