/**
 * The comparison server of `npm run bench:gateway`: a minimal @apollo/server on express 5
 * answering `units` and `searchUnits` from the gateway's own `gw_registry_units` and
 * `gw_registry_unit_search` read models with the same filters (parentKeys match, then the version
 * as of the date, sorted by folded name then id; the query's search token, then the regex on
 * searchText) but no auth, no rate or query limits, no DataLoader.
 *
 * Env: MONGO_URL, MONGO_DATABASE, PORT. Prints "listening <port>" when ready.
 */
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { MongoClient } from 'mongodb';
import { foldVietnamese, searchPattern, searchTokenOf } from '@tn/gateway-graphql-kit';

interface Version {
  from: string;
  nameVi: string;
  parentId: string | null;
  status: string;
}
interface Unit {
  _id: string;
  versions: Version[];
  parentKeys: string[];
  _deleted?: boolean;
}
interface SearchableUnit extends Unit {
  searchText: string;
  searchTokens: string[];
}

const ROOT_PARENT = '(root)';
const SEARCH_CANDIDATES = 2000;
const today = () => new Date().toISOString().slice(0, 10);

function versionOn(doc: Unit, date: string): Version | undefined {
  let found: Version | undefined;
  for (const version of doc.versions) {
    if (version.from <= date) found = version;
    else break;
  }
  return found;
}

const typeDefs = `#graphql
  type Unit { id: ID!  nameVi: String!  parentId: ID  status: String!  asOf: String! }
  type UnitPage { nodes: [Unit!]!  totalCount: Int! }
  type Query {
    units(parentId: ID, asOf: String, first: Int): UnitPage!
    searchUnits(query: String!, asOf: String, first: Int): UnitPage!
  }
`;

async function main(): Promise<void> {
  const client = await MongoClient.connect(process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017');
  const db = client.db(process.env['MONGO_DATABASE'] ?? 'bench_gateway');
  const units = db.collection<Unit>('gw_registry_units');
  const unitSearch = db.collection<SearchableUnit>('gw_registry_unit_search');
  const projection = { _versions: 0 };

  const page = (docs: Unit[], date: string, first: number | null | undefined) => {
    const views = docs.flatMap((doc) => {
      const v = versionOn(doc, date);
      return v ? [{ id: doc._id, nameVi: v.nameVi, parentId: v.parentId, status: v.status, asOf: date, key: foldVietnamese(v.nameVi) }] : [];
    });
    views.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { nodes: views.slice(0, first ?? 20), totalCount: views.length };
  };

  const resolvers = {
    Query: {
      units: async (_: unknown, args: { parentId?: string | null; asOf?: string | null; first?: number | null }) => {
        const date = args.asOf ?? today();
        const parentId = args.parentId ?? null;
        const docs = await units.find({ parentKeys: parentId ?? ROOT_PARENT }, { projection }).toArray();
        const children = docs.filter((doc) => {
          const v = versionOn(doc, date);
          return !doc._deleted && v?.status === 'active' && v.parentId === parentId;
        });
        return page(children, date, args.first);
      },
      searchUnits: async (_: unknown, args: { query: string; asOf?: string | null; first?: number | null }) => {
        const date = args.asOf ?? today();
        const pattern = searchPattern(args.query);
        const docs = await unitSearch
          .find({ searchTokens: searchTokenOf(pattern), searchText: { $regex: pattern } }, { projection: { ...projection, searchText: 0, searchTokens: 0 } })
          .limit(SEARCH_CANDIDATES)
          .toArray();
        return page(docs, date, args.first);
      },
    },
  };

  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const port = Number(process.env['PORT'] ?? 4100);
  const http = app.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));
  const stop = () => {
    http.close();
    void server.stop().finally(() => client.close().finally(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
