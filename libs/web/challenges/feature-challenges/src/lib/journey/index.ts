export * from './journey-challenges-section';
