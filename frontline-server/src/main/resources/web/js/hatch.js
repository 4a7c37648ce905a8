// Fill patterns for MapLibre: contested ground striped in both parties' colours, besieged ground cross-hatched in
// the besieger's colour over the holder's (as the publication maps draw them), and ground that rests on reports over
// a year old crossed by thin lines in the holder's colour (the other diagonal), over its faded fill.
import {actor} from './state.js';

const SIZE = 16;

function colour(id) {
  return actor(id)?.colour || '#999999';
}

function rgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/** The pattern image named "stale:A": thin lines in A's colour on a transparent ground. */
function staleImage(holder) {
  const line = rgba(colour(holder), 255);
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      if ((x - y + SIZE) % 6 < 2) data.set(line, (y * SIZE + x) * 4);
    }
  }
  return {width: SIZE, height: SIZE, data};
}

/**
 * The pattern image named "hatch:contested:A:B", "hatch:besieged:A:B" or "stale:A", or null for other names.
 */
export function hatchImage(name) {
  if (name.startsWith('stale:')) return staleImage(name.slice(6));
  const parts = name.split(':');
  if (parts[0] !== 'hatch' || parts.length !== 4) return null;
  const [, kind, holder, other] = parts;
  const a = rgba(colour(holder), 235);
  const b = rgba(colour(other), 235);
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const diagonal = (x + y) % 8 < 4;
      const cross = kind === 'besieged' && (x - y + SIZE) % 8 < 2;
      const px = kind === 'besieged' ? ((x + y) % 8 < 2 || cross ? b : a) : (diagonal ? a : b);
      data.set(px, (y * SIZE + x) * 4);
    }
  }
  return {width: SIZE, height: SIZE, data};
}
