import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '../infra/paths';

interface ProjectGraphFile {
  graph: {
    nodes: Record<string, { type: 'app' | 'lib' | 'e2e'; data: { tags?: string[] } }>;
    dependencies: Record<string, { target: string }[]>;
  };
}

// `nx graph` is the architecture as the tools see it: apps stay thin and depend on libraries only.
describe('project graph', () => {
  let graph: ProjectGraphFile['graph'];

  beforeAll(() => {
    const root = workspaceRoot();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tn-graph-')), 'graph.json');
    const nx = spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'graph', `--file=${file}`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    expect(nx.status).toBe(0);
    graph = (JSON.parse(readFileSync(file, 'utf8')) as ProjectGraphFile).graph;
  }, 60_000);

  const workspaceDependencies = (project: string) => (graph.dependencies[project] ?? []).map((d) => d.target).filter((target) => !target.startsWith('npm:'));

  it('has the six services and the admin console as apps', () => {
    const apps = Object.entries(graph.nodes)
      .filter(([, node]) => node.type === 'app')
      .map(([name]) => name);
    expect(apps.sort()).toEqual(['campaigns', 'console', 'gateway', 'network', 'registry', 'reporting', 'training']);
  });

  it('keeps the console on the GraphQL API: it imports no project of the workspace', () => {
    expect(workspaceDependencies('console')).toEqual([]);
  });

  it('has apps depending on libraries only, never on another app', () => {
    expect(workspaceDependencies('gateway')).toContain('shared-service-kit');
    for (const [name, node] of Object.entries(graph.nodes)) {
      if (node.type !== 'app') continue;
      for (const target of workspaceDependencies(name)) expect([name, graph.nodes[target]?.type]).toEqual([name, 'lib']);
    }
  });

  it('tags every project in both dimensions (scope and type)', () => {
    for (const [name, node] of Object.entries(graph.nodes)) {
      const tags = node.data.tags ?? [];
      expect([name, tags.some((t) => t.startsWith('scope:')), tags.some((t) => t.startsWith('type:'))]).toEqual([name, true, true]);
    }
  });
});
