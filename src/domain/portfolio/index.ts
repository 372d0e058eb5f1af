export * from './level-moves-in-quarter.ts';
export * from './pipeline-by-stage.ts';
export * from './quarter.ts';
export * from './revenue-concentration.ts';
export * from './settings.ts';
