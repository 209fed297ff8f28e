// Only the buyer's own new words count (docs/labels.md): quoted earlier messages and what a mail client or Amazon
// puts under a "wrote:" or "Original message" line are cut before the text is judged. Returns the length of the
// buyer's own part (quoted lines in the middle are blanked, keeping offsets).
const HEAD = /^\s*-{2,}[^\n]*-{2,}\s*$|^.{0,120}(?:wrote|schrieb|a écrit|escribió|escribio|ha scritto|escreveu|schreef|skrev|napisał|napisal|yazdı|yazdi|كتب|写道|のメッセージ)\s*[:：]?\s*$|^\s*(?:from|von|de|da|van|från|od|kimden|من|发件人|差出人)\s*:.*$/imu;

export function ownWords(text: string): string {
  const head = HEAD.exec(text);
  const own = head ? text.slice(0, head.index) : text;
  return own.replace(/^[ \t]*[>＞].*$/gm, (line) => ' '.repeat(line.length));
}
