import { CallerChecks } from './caller-checks';
import type { GatewayContext } from './request-user';

const context: GatewayContext = { language: 'en', consistencyTokens: [], loaders: new Map() };

describe('CallerChecks', () => {
  it("runs the slices' checks in the order they were added", async () => {
    const ran: string[] = [];
    const checks = new CallerChecks();
    checks.add(async () => void ran.push('first'));
    checks.add(async () => void ran.push('second'));
    await checks.run(context);
    expect(ran).toEqual(['first', 'second']);
  });
});
