// Every match of a global regular expression, without String.prototype.matchAll: matchAll copies the expression
// on each call, and V8 compiles the copy again, which for the long phrase lists cost more than the matching.
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
  re.lastIndex = 0;
}
