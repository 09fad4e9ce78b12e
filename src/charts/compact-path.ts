/** Shorter SVG path data for the maps, whose coordinates are rounded to whole units. */

/**
 * Rewrites a path of whole-number `M`/`L`/`Z` commands with relative moves and
 * without the repeated points rounding leaves: about a third shorter, same shape.
 */
export function compactPath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  // After one `l`, further pairs need no letter; a minus sign separates numbers as well as a space or comma.
  let inLine = false;
  const pair = (dx: number, dy: number) => `${dx}${dy < 0 ? "" : ","}${dy}`;
  for (const [, command, xs, ys] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (command === "Z") {
      out += "z";
      inLine = false;
      continue;
    }
    const nx = Number(xs);
    const ny = Number(ys);
    if (command === "M") {
      out += `M${nx},${ny}`;
      inLine = false;
    } else if (nx !== x || ny !== y) {
      const dx = nx - x;
      out += inLine ? `${dx < 0 ? "" : " "}${pair(dx, ny - y)}` : `l${pair(dx, ny - y)}`;
      inLine = true;
    }
    x = nx;
    y = ny;
  }
  return out;
}

/**
 * Drops the points of a whole-number `M`/`L`/`Z` path that lie within
 * `minDistance` units of the last point kept (each ring keeps its first point):
 * detail finer than a small map can show, which is most of a large country's bytes.
 */
export function thinPath(d: string, minDistance: number): string {
  let out = "";
  let lastX = 0;
  let lastY = 0;
  for (const [, command, xs, ys] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (command === "Z") {
      out += "Z";
      continue;
    }
    const x = Number(xs);
    const y = Number(ys);
    if (command === "L" && Math.hypot(x - lastX, y - lastY) < minDistance) continue;
    out += `${command}${x},${y}`;
    lastX = x;
    lastY = y;
  }
  return out;
}
