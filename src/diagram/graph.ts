/**
 * A machine's structure as a plain graph: state nodes (nested for compound and parallel states) and
 * transitions between them, each labelled with its event type. Derived from the machine definition,
 * so the diagram can never disagree with the specification.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

export interface GraphNode {
  /** Dotted path from the root, e.g. "retrying" or "campaign.inProgress". */
  readonly path: string;
  readonly key: string;
  readonly kind: 'atomic' | 'compound' | 'parallel' | 'final';
  readonly initial: boolean;
  readonly children: readonly GraphNode[];
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  /** Path of the deepest node that contains both ends: where the edge is laid out. */
  readonly container: string;
  /** The guard's name, when the transition has one (a rule such as "validity runs out"). */
  readonly guard?: string;
}

export interface MachineGraph {
  readonly root: GraphNode;
  readonly edges: readonly GraphEdge[];
}

const pathOf = (node: AnyStateNode): string => node.path.join('.');

function toNode(node: AnyStateNode, initialKey: string | undefined): GraphNode {
  const children = Object.values(node.states);
  const initialChild = node.type === 'compound' ? (node.config.initial as string | undefined) : undefined;
  return {
    path: pathOf(node),
    key: node.key,
    kind: node.type === 'final' ? 'final' : node.type === 'history' ? 'atomic' : node.type,
    initial: initialKey === node.key,
    children: children.map((child) => toNode(child, initialChild)),
  };
}

function commonContainer(a: string, b: string): string {
  const as = a.split('.');
  const bs = b.split('.');
  const shared: string[] = [];
  for (let i = 0; i < Math.min(as.length, bs.length) - 1; i++) {
    if (as[i] !== bs[i]) break;
    shared.push(as[i]!);
  }
  if (a === b) return as.slice(0, -1).join('.');
  return shared.join('.');
}

/** A transition's guard as written in the machine: a name, or `{ type }` with params. */
function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && typeof (guard as { type?: unknown }).type === 'string') {
    return (guard as { type: string }).type;
  }
  return undefined;
}

export function machineGraph(machine: AnyStateMachine): MachineGraph {
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const visit = (node: AnyStateNode) => {
    for (const [event, transitions] of node.transitions) {
      for (const transition of transitions) {
        // A transition without a target stays in its state (a self-loop on the diagram).
        const targets = transition.target?.length ? transition.target : [node];
        for (const target of targets) {
          const source = pathOf(node);
          const to = pathOf(target);
          const id = `${source}->${to}:${event}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const guard = guardName(transition.guard);
          edges.push({
            id,
            source,
            target: to,
            event,
            container: commonContainer(source, to),
            ...(guard ? { guard } : {}),
          });
        }
      }
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  const rootInitial = machine.root.type === 'compound' ? (machine.root.config.initial as string) : undefined;
  return {
    root: {
      ...toNode(machine.root, undefined),
      children: Object.values(machine.root.states).map((c) => toNode(c, rootInitial)),
    },
    edges,
  };
}
