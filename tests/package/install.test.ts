/**
 * The specification as a package, tried the way a stranger would: `npm pack`, install the tarball into
 * an empty Node project, import both entry points with plain Node 24 and Node 22 (no TypeScript tooling).
 * Run with `npm run test:package` (node --test). Needs the npm cache or the registry for xstate,
 * pure-rand and the `node@22` package; Node 22 is kept in node_modules/.cache between runs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Node 24 is the project's `node` devDependency; Node 22 comes from the registry's `node@22` package. */
function node22(): string {
  const home = join(root, 'node_modules/.cache/node22');
  const binary = join(home, 'node_modules/node/bin/node');
  if (!existsSync(binary)) {
    mkdirSync(home, { recursive: true });
    // The `node` package fetches its platform binary in an install script, which must be allowed.
    writeFileSync(join(home, 'package.json'), JSON.stringify({ private: true, allowScripts: { node: true } }));
    run(npm, ['install', ...quiet, 'node@22'], home);
  }
  return binary;
}

// Uses the package exactly as its README does: replay an event list, describe a machine, simulate.
const script = `
const spec = await import('${name}');
const { simulate } = await import('${name}/simulation');
const result = spec.replay('emailFeedbackService', [{ type: 'mta.accepted' }]);
const description = spec.describeMachine('delivery');
const simulation = simulate({});
console.log(JSON.stringify({
  node: process.versions.node,
  ok: result.ok,
  logStatuses: result.steps.map((step) => step.logStatus),
  describedId: description.ok && description.definition.id,
  machineIds: spec.machineIds,
  simulatedValidityHours: simulation.validityHours,
  simulatedModels: Object.keys(simulation.editions),
}));
`;

describe(`${name} installed from its tarball into an empty project`, () => {
  let project = '';

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'spec-package-'));
    const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', project], root)) as {
      filename: string;
    }[];
    writeFileSync(join(project, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    run(npm, ['install', ...quiet, join(project, packed!.filename)], project);
  });

  after(() => rmSync(project, { recursive: true, force: true }));

  it('ships JavaScript and type declarations, not TypeScript sources', () => {
    const installed = join(project, 'node_modules', name);
    assert.ok(existsSync(join(installed, 'lib/machines/index.js')));
    assert.ok(existsSync(join(installed, 'lib/machines/index.d.ts')));
    assert.ok(existsSync(join(installed, 'lib/simulation/index.d.ts')));
    assert.ok(!existsSync(join(installed, 'src')));
  });

  for (const [label, binary] of [
    ['Node 24', () => join(root, 'node_modules/node/bin/node')],
    ['Node 22', node22],
  ] as const) {
    it(`imports both entry points and replays a message on ${label}`, () => {
      const output = JSON.parse(run(binary(), ['--input-type=module', '-e', script], project));
      assert.equal(output.node.split('.')[0], label.split(' ')[1]);
      // Facts from the sources: a new message is pending; once the MTA accepts it, "Taken into account".
      assert.deepEqual(output, {
        node: output.node,
        ok: true,
        logStatuses: ['pending', 'takenIntoAccount'],
        describedId: 'delivery',
        machineIds: [
          'enhancedMtaReporting',
          'emailFeedbackService',
          'bounceQualification',
          'delivery',
          'upgrade',
          'address',
        ],
        // Default validity 5 days, but the Enhanced MTA honours at most 3.5 days: 84 hours.
        simulatedValidityHours: 84,
        simulatedModels: ['enhancedMtaReporting', 'emailFeedbackService'],
      });
    });
  }
});
