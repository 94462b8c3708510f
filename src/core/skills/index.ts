export * from './sheet';
export * from './machine';
