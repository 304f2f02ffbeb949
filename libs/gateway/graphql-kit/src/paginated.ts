import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One shared type for every connection. */
@ObjectType()
class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Null when counting would cost too much. */
  totalCount: number | null;
}

/**
 * The connection type of an item, NestJS code-first style:
 *   `@ObjectType() export class UnitPage extends Paginated(UnitView) {}`.
 * The edge type is named after the item (`UnitViewEdge`), so each item gets its own.
 */
export function Paginated<T>(ItemType: Type<T>): abstract new () => Page<T> {
  @ObjectType(`${ItemType.name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => ItemType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class PaginatedType implements Page<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [ItemType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true })
    totalCount!: number | null;
  }

  return PaginatedType;
}
