import { LEGACY as CORPUS } from './corpus/legacy/index.ts';

/** A 2,000-character draft made of corpus sentences in every language, flagged and clean. */
export function draft2000(): string {
  const sentences = Object.values(CORPUS).flat().map((e) => e.text);
  let text = '';
  for (let i = 0; text.length < 2000; i++) text += sentences[(i * 37) % sentences.length]! + ' ';
  return text.slice(0, 2000);
}
