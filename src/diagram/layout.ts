/**
 * Lays a machine graph out with elkjs (layered algorithm) at build time and returns a plain model that
 * a component draws as static SVG.
 */
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { GraphNode, MachineGraph } from './graph.ts';

export interface DiagramNode {
  readonly path: string;
  readonly label: string;
  /** The label wrapped to the node's width, at build time (the island ships no text measurement). */
  readonly lines: readonly string[];
  readonly kind: GraphNode['kind'];
  readonly initial: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Compound and parallel states are drawn as frames around their children. */
  readonly container: boolean;
}

export interface DiagramEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  readonly label: string;
  /** The label wrapped to its box, at build time. */
  readonly lines: readonly string[];
  /** The guard's name, when the arrow is a rule (see `DiagramLabels.rule`). */
  readonly guard?: string;
  /** Polyline points, in diagram coordinates. */
  readonly points: readonly { x: number; y: number }[];
  readonly labelBox: { x: number; y: number; width: number; height: number } | null;
}

export interface DiagramModel {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

/** Widths the labels of states and transitions wrap to, in pixels. */
const NODE_TEXT_WIDTH = 140;
const EDGE_TEXT_WIDTH = EDGE_LABEL_WIDTH;

export interface DiagramLabels {
  readonly state: (path: string) => string;
  readonly event: (type: string) => string;
  /** A guarded arrow read as a rule ("Validity runs out: 84 h"); undefined keeps the event's label. */
  readonly rule?: (guard: string, event: string) => string | undefined;
}

/** The label of an arrow: its rule when its guard has one, else its event. */
export const edgeLabel = (labels: DiagramLabels, event: string, guard: string | undefined): string =>
  (guard ? labels.rule?.(guard, event) : undefined) ?? labels.event(event);

import { EDGE_LABEL_WIDTH, labelSize, wrap } from './text.ts';

const PADDING = 14;

function toElk(node: GraphNode, graph: MachineGraph, labels: DiagramLabels): ElkNode {
  const label = labels.state(node.path);
  const size = labelSize(label, NODE_TEXT_WIDTH);
  const edges: ElkExtendedEdge[] = graph.edges
    .filter((edge) => edge.container === node.path)
    .map((edge) => {
      const text = edgeLabel(labels, edge.event, edge.guard);
      return {
        id: edge.id,
        sources: [edge.source],
        targets: [edge.target],
        labels: [{ id: `${edge.id}#label`, text, ...labelSize(text, EDGE_TEXT_WIDTH) }],
      };
    });
  if (node.children.length === 0) {
    return {
      id: node.path,
      width: size.width + PADDING * 2,
      height: size.height + PADDING * 2,
      labels: [{ text: label }],
    };
  }
  return {
    id: node.path || '__root',
    labels: [{ text: label, ...size }],
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': node.kind === 'parallel' ? 'RIGHT' : 'DOWN',
      'elk.padding': node.path ? '[top=36,left=16,bottom=16,right=16]' : '[top=8,left=8,bottom=8,right=8]',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.mergeEdges': 'false',
    },
    children: node.children.map((child) => toElk(child, graph, labels)),
    edges,
  };
}

export async function layoutDiagram(graph: MachineGraph, labels: DiagramLabels): Promise<DiagramModel> {
  const elk = new ELK();
  const laid = await elk.layout(toElk(graph.root, graph, labels));
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const kinds = new Map<string, GraphNode>();
  const index = (node: GraphNode) => {
    kinds.set(node.path, node);
    node.children.forEach(index);
  };
  index(graph.root);
  const byId = new Map(graph.edges.map((edge) => [edge.id, edge]));

  const walk = (elkNode: ElkNode, dx: number, dy: number) => {
    const x = dx + (elkNode.x ?? 0);
    const y = dy + (elkNode.y ?? 0);
    const source = kinds.get(elkNode.id === '__root' ? '' : elkNode.id);
    if (source?.path) {
      nodes.push({
        path: source.path,
        label: labels.state(source.path),
        lines: wrap(labels.state(source.path), NODE_TEXT_WIDTH),
        kind: source.kind,
        initial: source.initial,
        x,
        y,
        width: elkNode.width ?? 0,
        height: elkNode.height ?? 0,
        container: source.children.length > 0,
      });
    }
    for (const edge of elkNode.edges ?? []) {
      const meta = byId.get(edge.id)!;
      const points = (edge.sections ?? []).flatMap((section) => [
        section.startPoint,
        ...(section.bendPoints ?? []),
        section.endPoint,
      ]);
      const label = edge.labels?.[0];
      edges.push({
        id: edge.id,
        source: meta.source,
        target: meta.target,
        event: meta.event,
        label: edgeLabel(labels, meta.event, meta.guard),
        lines: wrap(edgeLabel(labels, meta.event, meta.guard), EDGE_TEXT_WIDTH),
        ...(meta.guard ? { guard: meta.guard } : {}),
        points: points.map((p) => ({ x: x + p.x, y: y + p.y })),
        labelBox:
          label?.x !== undefined && label.y !== undefined
            ? { x: x + label.x, y: y + label.y, width: label.width ?? 0, height: label.height ?? 0 }
            : null,
      });
    }
    for (const child of elkNode.children ?? []) walk(child, x, y);
  };
  walk(laid, 0, 0);
  return { width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0), nodes, edges };
}
