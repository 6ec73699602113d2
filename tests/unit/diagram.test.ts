import { describe, expect, it } from 'vitest';
import { machineGraph } from '~/diagram/graph.ts';
import { layoutDiagram } from '~/diagram/layout.ts';
import { labelSize, wrap } from '~/diagram/text.ts';
import { describeMachine, machineIds, machines } from '~/machines/index.ts';

interface JsonTransition {
  /** Absent when the transition has no target (JSON drops undefined). */
  readonly target?: readonly string[];
}
interface JsonStateNode {
  readonly id: string;
  readonly type: string;
  readonly states: Readonly<Record<string, JsonStateNode>>;
  readonly on: Readonly<Record<string, readonly JsonTransition[]>>;
}

/**
 * Reads the machine's published JSON definition (not its state-node objects): every state path, the
 * paths of states with children, and every (source, target, event) arrow. A targetless transition
 * stays in its state, which the diagram draws as a self-loop.
 */
function fromDefinition(id: string) {
  const described = describeMachine(id);
  if (!described.ok) throw new Error(described.error.message);
  const root = described.definition as JsonStateNode;
  const pathById = new Map<string, string>();
  const paths: string[] = [];
  const containers: string[] = [];
  const walk = (node: JsonStateNode, path: string[]) => {
    for (const [key, child] of Object.entries(node.states)) {
      const childPath = [...path, key].join('.');
      pathById.set(`#${child.id}`, childPath);
      paths.push(childPath);
      if (Object.keys(child.states).length > 0) containers.push(childPath);
      walk(child, [...path, key]);
    }
  };
  walk(root, []);
  const arrows = new Set<string>();
  const collect = (node: JsonStateNode, path: string) => {
    for (const [event, list] of Object.entries(node.on))
      for (const transition of list) {
        const targets = transition.target?.length ? transition.target.map((t) => pathById.get(t)!) : [path];
        for (const target of targets) arrows.add(`${path} -> ${target} : ${event}`);
      }
    for (const [key, child] of Object.entries(node.states)) collect(child, path ? `${path}.${key}` : key);
  };
  collect(root, '');
  return { paths: paths.sort(), containers: containers.sort(), arrows: [...arrows].sort() };
}

const arrowsOf = (edges: readonly { source: string; target: string; event: string }[]) =>
  edges.map((edge) => `${edge.source} -> ${edge.target} : ${edge.event}`).sort();

describe.each(machineIds)('the %s diagram', (id) => {
  const { machine } = machines[id];
  const graph = machineGraph(machine);
  const definition = fromDefinition(id);

  it('draws one arrow per (source, target, event) transition of the definition, and no other', () => {
    expect(definition.arrows.length).toBeGreaterThan(2);
    // Sorted lists, not sets: a duplicated arrow fails too.
    expect(arrowsOf(graph.edges)).toEqual(definition.arrows);
  });

  it('lays out every state of the definition with finite coordinates, and every arrow with points', async () => {
    const model = await layoutDiagram(graph, { state: (path) => path, event: (event) => event });
    expect(model.nodes.map((node) => node.path).sort()).toEqual(definition.paths);
    expect(
      model.nodes
        .filter((node) => node.container)
        .map((node) => node.path)
        .sort(),
    ).toEqual(definition.containers);
    for (const node of model.nodes)
      for (const v of [node.x, node.y, node.width, node.height]) expect(Number.isFinite(v)).toBe(true);
    expect(arrowsOf(model.edges)).toEqual(definition.arrows);
    for (const edge of model.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });
});

// Written by hand from the machines' sources, so the oracle does not come from xstate at all.
describe('arrows a reader can check against the guides', () => {
  it('the upgrade diagram', () => {
    expect(arrowsOf(machineGraph(machines.upgrade.machine).edges)).toEqual(
      [
        'nativeMta -> downtime : upgrade.started',
        'downtime -> downtime : api.called',
        'downtime -> monitoring : upgrade.completed',
        'monitoring -> rolledBack : issue.detected',
        'monitoring -> enhancedMta : monitoring.completed',
        'monitoring -> enhancedMta : clock.advanced',
        'monitoring -> monitoring : clock.advanced',
        'rolledBack -> monitoring : upgrade.resumed',
      ].sort(),
    );
  });

  it('the address diagram (facts-extended §4, §3)', () => {
    expect(arrowsOf(machineGraph(machines.address.machine).edges)).toEqual(
      [
        'valid -> quarantine : feedback.hardBounce',
        'valid -> withErrors : feedback.softBounce',
        'valid -> denylisted : feedback.complaint',
        'withErrors -> quarantine : feedback.hardBounce',
        'withErrors -> quarantine : feedback.softBounce',
        'withErrors -> withErrors : feedback.softBounce',
        'withErrors -> denylisted : feedback.complaint',
        'withErrors -> valid : mta.delivered',
        'withErrors -> valid : clock.advanced',
        'withErrors -> withErrors : clock.advanced',
        'withErrors -> valid : operator.released',
        'quarantine -> denylisted : feedback.complaint',
        'quarantine -> quarantine : clock.advanced',
        'quarantine -> valid : operator.released',
        'denylisted -> denylisted : clock.advanced',
        'denylisted -> valid : operator.released',
      ].sort(),
    );
  });

  it('the message lifecycle diagram (Enhanced MTA reporting)', () => {
    expect(arrowsOf(machineGraph(machines.enhancedMtaReporting.machine).edges)).toEqual(
      [
        'pending -> awaitingDelivery : mta.accepted',
        // facts-extended 1.2, 1.18: excluded at preparation; 1.15, 1.16: canceled by the cleanup.
        'pending -> excluded : preparation.excluded',
        'pending -> canceled : cleanup.canceled',
        'awaitingDelivery -> delivered : mta.delivered',
        'awaitingDelivery -> failed : feedback.hardBounce',
        'awaitingDelivery -> retrying : feedback.softBounce',
        'awaitingDelivery -> failed : clock.advanced',
        'awaitingDelivery -> awaitingDelivery : clock.advanced',
        'retrying -> retrying : feedback.softBounce',
        // facts-extended 6.2: a hard error during the retries ends them.
        'retrying -> failed : feedback.hardBounce',
        'retrying -> delivered : retry.succeeded',
        'retrying -> failed : retry.failed',
        'retrying -> failed : clock.advanced',
        'retrying -> retrying : clock.advanced',
        'delivered -> failed : feedback.asyncBounce',
        // facts-extended 3.5: a spam complaint turns the log Failed.
        'delivered -> failed : feedback.complaint',
        'delivered -> delivered : clock.advanced',
      ].sort(),
    );
  });
});

describe('label measurement', () => {
  it('wraps long labels and measures CJK wider than Latin', () => {
    expect(wrap('The MTA reports a soft bounce after a long wait', 100).length).toBeGreaterThan(1);
    expect(labelSize('实验').width).toBeGreaterThan(labelSize('ab').width);
    expect(wrap('消息已转交给增强型消息传输代理并等待第一次投递结果', 100).length).toBeGreaterThan(1);
  });
});
