import { graphql } from '../gql';

/** The signed-in account: its kind and grants decide the menu and where "/" leads. */
export const ME = graphql(`
  query ShellMe {
    me {
      accountId
      kind
      grants {
        role
        unitId
      }
    }
  }
`);
