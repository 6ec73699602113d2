/**
 * Draws a laid-out machine as SVG. Rendered on the server for static pages (no JavaScript shipped)
 * and inside the playground island, where `active` highlights the current states and `steps` marks
 * the arrows just followed and turns the arrows the reader may take now into buttons.
 */
import type { KeyboardEvent } from 'react';
import type { DiagramEdge, DiagramModel } from '~/diagram/layout.ts';
import { DIAGRAM_LINE_HEIGHT } from '~/diagram/text.ts';
import { isActive } from '~/views/diagramStep.ts';
import './diagram.css';

export interface DiagramSteps {
  /** Arrows the last step followed. */
  readonly taken: readonly string[];
  /** Arrows the reader may take now. */
  readonly open: readonly string[];
  /** The accessible name of an arrow to take ("Take this step: …"). */
  readonly takeLabel: (edge: DiagramEdge) => string;
  readonly onTake: (edgeId: string) => void;
  /** The arrow's label lines, when the island reads a rule with the message's own values. */
  readonly lines?: (edge: DiagramEdge) => readonly string[];
}

export interface DiagramSvgProps {
  readonly model: DiagramModel;
  readonly title: string;
  readonly description: string;
  /** The sentence naming the current states, added to the description (the playground only). */
  readonly describeCurrent?: ((states: readonly string[]) => string) | undefined;
  readonly active?: readonly string[];
  readonly steps?: DiagramSteps | undefined;
  readonly idPrefix: string;
}

export function DiagramSvg({
  model,
  title,
  description,
  describeCurrent,
  active = [],
  steps,
  idPrefix,
}: DiagramSvgProps) {
  const activeLabels = model.nodes
    .filter((node) => !node.container && isActive(active, node.path))
    .map((node) => node.label);
  const arrow = `${idPrefix}-arrow`;
  const takenArrow = `${idPrefix}-arrow-taken`;
  const edge = (edge: DiagramEdge) => {
    const taken = steps?.taken.includes(edge.id) ?? false;
    const open = steps?.open.includes(edge.id) ?? false;
    const lines = steps?.lines?.(edge) ?? edge.lines;
    const spaced = /[ \t\n]/.test(edge.label);
    const points = edge.points.map((p) => `${p.x},${p.y}`).join(' ');
    const take = open
      ? {
          role: 'button',
          tabIndex: 0,
          'aria-label': steps!.takeLabel(edge),
          'data-take': edge.id,
          onClick: () => steps!.onTake(edge.id),
          onKeyDown: (event: KeyboardEvent) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            steps!.onTake(edge.id);
          },
        }
      : {};
    return (
      <g
        key={edge.id}
        className={`state-diagram__edge${taken ? ' is-taken' : ''}${open ? ' is-open' : ''}`}
        data-event={edge.event}
        data-edge={edge.id}
        data-taken={taken ? 'true' : undefined}
        {...take}
      >
        {open && <polyline points={points} className="state-diagram__hit" />}
        <polyline points={points} markerEnd={`url(#${taken ? takenArrow : arrow})`} />
        {edge.labelBox && (
          <text x={edge.labelBox.x} y={edge.labelBox.y + 12} className="state-diagram__edge-label">
            {lines.map((line, i) => (
              <tspan key={line} x={edge.labelBox!.x} dy={i === 0 ? 0 : DIAGRAM_LINE_HEIGHT}>
                {/* Keep the space the wrap took, so the arrow's text reads as its label (its accessible name contains it). */}
                {i < lines.length - 1 && spaced ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        )}
      </g>
    );
  };
  const marker = (id: string, className: string) => (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M 0 0 L 10 5 L 0 10 z" className={className} />
    </marker>
  );
  return (
    <svg
      className="state-diagram"
      viewBox={`0 0 ${model.width} ${model.height}`}
      width={model.width}
      // With arrows to take the diagram is a group of controls, not a single image.
      role={steps ? 'group' : 'img'}
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      data-testid="state-diagram"
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>
        {description}
        {describeCurrent && activeLabels.length > 0 ? ` ${describeCurrent(activeLabels)}` : ''}
      </desc>
      <defs>
        {marker(arrow, 'state-diagram__arrowhead')}
        {steps && marker(takenArrow, 'state-diagram__arrowhead is-taken')}
      </defs>
      {model.nodes
        .filter((node) => node.container)
        .map((node) => (
          <g key={node.path} className="state-diagram__region" data-state={node.path}>
            <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={10} />
            <text x={node.x + 12} y={node.y + 22} className="state-diagram__region-label">
              {node.label}
            </text>
          </g>
        ))}
      {model.edges.map(edge)}
      {model.nodes
        .filter((node) => !node.container)
        .map((node) => {
          const on = isActive(active, node.path);
          const lines = node.lines;
          return (
            <g
              key={node.path}
              className={`state-diagram__state${on ? ' is-active' : ''}${node.kind === 'final' ? ' is-final' : ''}`}
              data-state={node.path}
              data-active={on ? 'true' : undefined}
            >
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} />
              {node.kind === 'final' && (
                <rect
                  x={node.x + 3}
                  y={node.y + 3}
                  width={node.width - 6}
                  height={node.height - 6}
                  rx={6}
                  className="state-diagram__final"
                />
              )}
              {node.initial && (
                <circle cx={node.x - 6} cy={node.y + node.height / 2} r={4} className="state-diagram__initial" />
              )}
              <text x={node.x + node.width / 2} y={node.y + 14 + 12} textAnchor="middle">
                {lines.map((line, i) => (
                  <tspan key={line} x={node.x + node.width / 2} dy={i === 0 ? 0 : DIAGRAM_LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
    </svg>
  );
}
