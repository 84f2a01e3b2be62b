export type * from './content-types';
export * from './emotions';
export * from './entries';
export * from './settings';
export * from './tasks';
export * from './trends';
export { REGULATION_SKILLS, skillById } from './skills';
export { MINDFULNESS_PRACTICES, practiceById } from './mindfulness';
export { ARTICLES, articleById } from './learn';
