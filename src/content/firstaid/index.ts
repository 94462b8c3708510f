export * from './parts';
export * from './teaching';
export * from './bleeding';
export * from './roller';
export * from './procedures';
export * from './moveGame';
