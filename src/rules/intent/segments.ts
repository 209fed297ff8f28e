// The sentences of a message, each judged on its own as well as the whole: a message that asks two things in two
// sentences reads weaker for each ask as a whole than either sentence does alone.
const END = /(?<=[.!?。！？؟\n])\s*/u;

export function sentencesOf(text: string): string[] {
  const parts = text.split(END).map((s) => s.trim()).filter((s) => s.length >= 3);
  return parts.length > 1 ? parts : [];
}
