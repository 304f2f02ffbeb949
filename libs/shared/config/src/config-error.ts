/** One environment variable that is missing or has a bad value. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Thrown at start-up when the environment does not satisfy a service's configuration. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: ConfigProblem[],
  ) {
    super(`${service}: invalid configuration, start-up stopped.\n` + problems.map((p) => `  - ${p.variable}: ${p.problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}
