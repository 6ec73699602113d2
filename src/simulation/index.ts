/** Public entry of the simulation: populations of messages run through the specification's machines. */
export * from './compile.ts';
export * from './series.ts';
export * from './simulate.ts';
