import { describe, expect, it } from 'vitest';
import { machineGraph } from '~/diagram/graph.ts';
import { layoutDiagram } from '~/diagram/layout.ts';
import { labelSize, wrap } from '~/diagram/text.ts';
import { machineIds, machines } from '~/spec/index.ts';

describe.each(machineIds)('the %s diagram', (id) => {
  const { machine } = machines[id];
  const graph = machineGraph(machine);

  it('draws one arrow per transition of the machine, labelled with its event', () => {
    let transitions = 0;
    const count = (node: typeof machine.root) => {
      for (const [, list] of node.transitions) transitions += list.length;
      for (const child of Object.values(node.states)) count(child);
    };
    count(machine.root);
    // Guarded alternatives to one target share an arrow.
    expect(graph.edges.length).toBeLessThanOrEqual(transitions);
    for (const edge of graph.edges) expect(machine.root.events).toContain(edge.event);
  });

  it('lays out every state with finite coordinates, and every arrow with points', async () => {
    const model = await layoutDiagram(graph, { state: (path) => path, event: (event) => event });
    const leaves = model.nodes.filter((node) => !node.container).map((node) => node.path);
    expect(leaves.length).toBeGreaterThan(2);
    for (const node of model.nodes)
      for (const v of [node.x, node.y, node.width, node.height]) expect(Number.isFinite(v)).toBe(true);
    for (const edge of model.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    expect(model.edges).toHaveLength(graph.edges.length);
  });
});

describe('label measurement', () => {
  it('wraps long labels and measures CJK wider than Latin', () => {
    expect(wrap('The MTA reports a soft bounce after a long wait', 100).length).toBeGreaterThan(1);
    expect(labelSize('实验').width).toBeGreaterThan(labelSize('ab').width);
    expect(wrap('消息已转交给增强型消息传输代理并等待第一次投递结果', 100).length).toBeGreaterThan(1);
  });
});
