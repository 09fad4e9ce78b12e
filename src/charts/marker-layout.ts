/**
 * Where the map's country markers go: each as near its country as it can be
 * without its square touching another's. Browsers and axe measure an SVG
 * link by its bounding box, so it is the squares around the circles that
 * must not overlap, not only the circles (WCAG 2.2 target size).
 */

/** A marker to place: its country's projected point. */
export interface MarkerAnchor {
  x: number;
  y: number;
}

export interface PlacedMarker {
  x: number;
  y: number;
}

/**
 * Places markers of `size` (the side of each square, gap included) in the order
 * given (busiest country first, so it sits on its own point): each at its
 * anchor if that is free, else at the nearest free point of a square spiral
 * around it, in steps of a quarter marker. Markers stay between x = size/2 and
 * width - size/2; they may go above or below the map, which then grows.
 * Deterministic, and O(n²) with the spiral bounded by n rings.
 */
export function placeMarkers(anchors: readonly MarkerAnchor[], size: number, width: number): PlacedMarker[] {
  const placed: PlacedMarker[] = [];
  const half = size / 2;
  const step = size / 4;
  const clampX = (x: number) => Math.min(width - half, Math.max(half, x));
  const free = (x: number, y: number) => placed.every((p) => Math.abs(p.x - x) >= size || Math.abs(p.y - y) >= size);
  for (const anchor of anchors) {
    let best: PlacedMarker | undefined;
    const x0 = clampX(anchor.x);
    // Ring k holds the points at Chebyshev distance k steps; the nearest free point by true distance wins within a ring.
    for (let ring = 0; !best; ring++) {
      let bestDistance = Infinity;
      for (const [dx, dy] of ringOffsets(ring)) {
        const x = clampX(x0 + dx * step);
        const y = anchor.y + dy * step;
        const distance = Math.hypot(x - anchor.x, y - anchor.y);
        if (distance < bestDistance && free(x, y)) {
          bestDistance = distance;
          best = { x, y };
        }
      }
    }
    placed.push(best);
  }
  return placed;
}

/** The integer offsets at Chebyshev distance `ring` from the origin. */
function ringOffsets(ring: number): [number, number][] {
  if (ring === 0) return [[0, 0]];
  const offsets: [number, number][] = [];
  for (let i = -ring; i <= ring; i++) {
    offsets.push([i, -ring], [i, ring]);
    if (i !== -ring && i !== ring) offsets.push([-ring, i], [ring, i]);
  }
  return offsets;
}
