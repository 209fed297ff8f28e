// Two folders of screenshots, compared byte for byte: what `npm start -- --check-reproducible` reports. Identical
// bytes are the bar, since Chromium encodes the same pixels to the same PNG; a name in one folder only is a difference.
import { readdirSync, readFileSync } from 'node:fs';

/** The names that differ between `a` and `b` (missing on one side, or other bytes), sorted; [] when the same. */
export function differingShots(a, b) {
  const list = (dir) => new Set(readdirSync(dir).filter((f) => f.endsWith('.png')));
  const [left, right] = [list(a), list(b)];
  const names = [...new Set([...left, ...right])].sort();
  return names.filter((n) => !left.has(n) || !right.has(n) || !readFileSync(`${a}/${n}`).equals(readFileSync(`${b}/${n}`)));
}
