export * from './common';
export * from './health';
export * from './identity';
export * from './cases';
export * from './admin';
export * from './assessments';
export * from './custom-instruments';
export * from './attachment';
