/**
 * Text measurement for diagrams, by estimate (there is no DOM at build time): a per-character width,
 * wider for CJK and Hangul. Shared by the layout (build time) and the SVG drawing (also in the island),
 * and kept apart from elkjs so the island never ships the layout engine.
 */
export const DIAGRAM_FONT_SIZE = 13;
const FONT = DIAGRAM_FONT_SIZE;
export const DIAGRAM_LINE_HEIGHT = 17;
const LINE = DIAGRAM_LINE_HEIGHT;
/** The width an arrow's label wraps to (the island re-wraps a rule whose value changed). */
export const EDGE_LABEL_WIDTH = 120;

/** Rough width of a text at 13px, wider for CJK and Hangul. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? FONT : FONT * 0.58;
  return Math.ceil(width);
}

/** Wraps a label to lines of at most `max` pixels. */
export function wrap(text: string, max = 150): string[] {
  // Breaks only at breaking spaces: a no-break space (French "validité : 84 h") holds its words together.
  const spaced = /[ \t\n]/.test(text);
  const words = spaced ? text.split(/[ \t\n]+/) : [...text];
  const joiner = spaced ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line}${joiner}${word}` : word;
    if (line && textWidth(candidate) > max) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export function labelSize(text: string, max = 150): { width: number; height: number } {
  const lines = wrap(text, max);
  return { width: Math.max(...lines.map(textWidth)), height: lines.length * LINE };
}
