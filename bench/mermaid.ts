/**
 * The usual alternative, for comparison: the same machine drawn by Mermaid (`stateDiagram-v2`) in
 * the browser. The Mermaid source is generated from the machine graph that draws this site's SVG, so
 * both pages show the same states and transitions.
 */
import type { GraphNode, MachineGraph } from '../src/diagram/graph.ts';

const mermaidId = (path: string) => `s_${path.replace(/\./g, '__')}`;

export function toMermaid(graph: MachineGraph, name: string): string {
  const lines = ['stateDiagram-v2'];
  const edgesByContainer = Map.groupBy(graph.edges, (edge) => edge.container);
  const emit = (node: GraphNode, depth: number) => {
    const pad = '  '.repeat(depth);
    node.children.forEach((child, index) => {
      // Mermaid separates the regions of a parallel state with "--".
      if (node.kind === 'parallel' && index > 0) lines.push(`${pad}--`);
      if (child.children.length > 0) {
        lines.push(`${pad}state "${child.key}" as ${mermaidId(child.path)} {`);
        emit(child, depth + 1);
        lines.push(`${pad}}`);
      } else {
        lines.push(`${pad}state "${child.key}" as ${mermaidId(child.path)}`);
      }
      if (child.initial) lines.push(`${pad}[*] --> ${mermaidId(child.path)}`);
      if (child.kind === 'final') lines.push(`${pad}${mermaidId(child.path)} --> [*]`);
    });
    for (const edge of edgesByContainer.get(node.path) ?? []) {
      lines.push(`${pad}${mermaidId(edge.source)} --> ${mermaidId(edge.target)}: ${edge.event}`);
    }
  };
  if (graph.root.kind === 'parallel') {
    // A parallel root has no Mermaid equivalent: wrap it in one composite state.
    lines.push(`  state "${name}" as ${mermaidId(graph.root.path)} {`);
    emit(graph.root, 2);
    lines.push('  }');
  } else {
    emit(graph.root, 1);
  }
  return lines.join('\n');
}

/**
 * This site's built page with its SVG figure swapped for a Mermaid block and Mermaid's script, the
 * way a documentation site draws it. The page's CSP goes too: Mermaid needs inline styles and script.
 */
export function mermaidVariant(builtHtml: string, mermaidSource: string): string {
  const start = builtHtml.indexOf('<figure class="diagram-figure"');
  const end = builtHtml.indexOf('</figure>', start) + '</figure>'.length;
  if (start < 0) throw new Error('no diagram figure in the page');
  const escaped = mermaidSource.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return (
    builtHtml.slice(0, start) +
    `<figure class="diagram-figure"><pre class="mermaid">${escaped}</pre></figure>` +
    builtHtml.slice(end)
  )
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(
      '</body>',
      '<script src="/mermaid.min.js"></script><script>mermaid.initialize({ startOnLoad: true });</script></body>',
    );
}
