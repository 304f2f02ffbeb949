import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
} from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

export const fragmentsOf = (document: DocumentNode): Fragments =>
  new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

/**
 * Nesting depth of an operation's fields (`{ a { b } }` is 2), fragments followed. Fragment
 * depths are memoised, so reused fragments cannot make this exponential; a fragment cycle
 * (refused by graphql's own rules) counts as 0 here.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: Fragments, allowIntrospection = false): number {
  const memo = new Map<string, number>();
  const depthOf = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (allowIntrospection && INTROSPECTION_FIELDS.has(selection.name.value)) continue;
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        if (!memo.has(name)) memo.set(name, depthOf(fragment.selectionSet, new Set([...visiting, name])));
        deepest = Math.max(deepest, memo.get(name) ?? 0);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

export interface CostOptions {
  defaultListSize: number;
  variables: Readonly<Record<string, unknown>>;
  allowIntrospection?: boolean;
}

/**
 * Upper bound of the work an operation asks for: 1 per field, times the page size for
 * what is under a list. The size is the field's `first`/`last`/`limit` argument (literal or
 * variable), else `defaultListSize`. On a connection (a non-list field with `first`), the
 * size applies to its list children (`edges`, `nodes`) instead, so a page is counted once.
 */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments, options: CostOptions): number {
  const variables = withDefaults(operation, options.variables);
  const memo = new Map<string, number>();

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType | undefined, pageSize: number | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, isCompositeType(type) ? type : undefined, pageSize);
      } else {
        total += fragmentCost(selection.name.value, pageSize);
      }
    }
    return total;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLCompositeType | undefined, pageSize: number | undefined): number => {
    if (options.allowIntrospection && INTROSPECTION_FIELDS.has(field.name.value)) return 0;
    const type = fieldDefinition(schema, parent, field.name.value)?.type;
    const isList = type !== undefined && isListType(getNullableType(type));
    const size = sizeArgument(field, variables);
    const multiplier = isList ? (size ?? pageSize ?? options.defaultListSize) : 1;
    const childPageSize = isList ? undefined : size;
    const named = type && getNamedType(type);
    const children = field.selectionSet ? costOf(field.selectionSet, isCompositeType(named) ? named : undefined, childPageSize) : 0;
    return 1 + multiplier * children;
  };

  const visiting = new Set<string>();
  const fragmentCost = (name: string, pageSize: number | undefined): number => {
    const key = `${name}:${pageSize ?? ''}`;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    if (!memo.has(key)) {
      visiting.add(name);
      const type = schema.getType(fragment.typeCondition.name.value);
      memo.set(key, costOf(fragment.selectionSet, isCompositeType(type) ? type : undefined, pageSize));
      visiting.delete(name);
    }
    return memo.get(key) ?? 0;
  };

  const root = schema.getRootType(operation.operation);
  return costOf(operation.selectionSet, root ?? undefined, undefined);
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  // Unions have no fields of their own (only __typename).
  return parent && !isUnionType(parent) ? parent.getFields()[name] : undefined;
}

/** A non-negative integer page size from a literal or a variable, if the field has one. */
function sizeArgument(field: FieldNode, variables: Readonly<Record<string, unknown>>): number | undefined {
  for (const argument of field.arguments ?? []) {
    if (!SIZE_ARGUMENTS.includes(argument.name.value)) continue;
    const value = valueFromASTUntyped(argument.value, variables);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  }
  return undefined;
}

/** The request's variables, with the operation's declared defaults for the missing ones. */
function withDefaults(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const defaults = (operation.variableDefinitions ?? []).flatMap(({ variable, defaultValue }) =>
    defaultValue && variables[variable.name.value] === undefined ? [[variable.name.value, valueFromASTUntyped(defaultValue, {})]] : [],
  );
  return { ...Object.fromEntries(defaults), ...variables };
}
